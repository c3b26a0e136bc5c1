package nl.koploper.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.koploper.contracts.cohort.AwardGranted;
import nl.koploper.contracts.cohort.CertificateIssued;
import nl.koploper.contracts.cohort.CohortStarted;
import nl.koploper.contracts.cohort.ContactDetails;
import nl.koploper.contracts.cohort.ParticipantPromoted;
import nl.koploper.contracts.cohort.ParticipantRegistered;
import nl.koploper.contracts.cohort.ParticipantRemoved;
import nl.koploper.contracts.cohort.ParticipantSummary;
import nl.koploper.contracts.cohort.ParticipantWithdrew;
import nl.koploper.contracts.cohort.RegistrationRepeated;
import nl.koploper.contracts.tenant.GemeenteProfile;

/** Test data: cohort and tenant events as cohort-service publishes them. */
public final class TestCohorts {

    private TestCohorts() {
    }

    public static ParticipantRegistered registered(String gemeente, String email, Integer waitlistPosition) {
        return new ParticipantRegistered(gemeente, "cohort-1", "Koplopergroep Westerkwartier 2027", "p-" + email,
                "Bakkerij De Vries", "12345678", "COMPANY", "10711", 4.0,
                new ContactDetails("Jan de Vries", email, null, "nl"), waitlistPosition != null, waitlistPosition,
                Instant.parse("2027-01-05T09:00:00Z"));
    }

    public static ParticipantPromoted promoted(String gemeente, String email) {
        return new ParticipantPromoted(gemeente, "cohort-1", "Koplopergroep Westerkwartier 2027", "p-" + email,
                "Bakkerij De Vries", new ContactDetails("Jan de Vries", email, null, "en"), "p-left",
                Instant.parse("2027-01-06T09:00:00Z"));
    }

    /** A repeat of the registration of {@code email}'s organisation, at {@code at}. */
    public static RegistrationRepeated repeated(String gemeente, String email, boolean submittedByContact, String at) {
        return new RegistrationRepeated(gemeente, "cohort-1", "Koplopergroep Westerkwartier 2027", "p-" + email,
                "Bakkerij De Vries", new ContactDetails("Jan de Vries", email, null, "nl"), submittedByContact,
                Instant.parse(at));
    }

    public static ParticipantWithdrew withdrew(String gemeente, String email, String reason) {
        return new ParticipantWithdrew(gemeente, "cohort-1", "Koplopergroep Westerkwartier 2027", "p-" + email,
                "Bakkerij De Vries", new ContactDetails("Jan de Vries", email, null, "nl"), false, reason,
                Instant.parse("2027-02-01T09:00:00Z"));
    }

    public static ParticipantRemoved removed(String gemeente, String email, String reason) {
        return new ParticipantRemoved(gemeente, "cohort-1", "Koplopergroep Westerkwartier 2027", "p-" + email,
                "Garage Jansen", new ContactDetails("Piet Jansen", email, null, "nl"), true, reason,
                Instant.parse("2027-02-01T09:00:00Z"));
    }

    public static GemeenteProfile profile(String gemeente, String displayName, long revision) {
        return new GemeenteProfile(gemeente, displayName, "Petra Jansen", "petra@" + gemeente + ".example",
                "Koploperteam " + displayName, "duurzaam@" + gemeente + ".example",
                "https://" + gemeente + ".example/logo.png", "nl", true, revision);
    }

    public static ParticipantSummary participant(String organisation, String email, String locale) {
        return new ParticipantSummary("p-" + organisation, organisation, "12345678",
                email == null ? null : new ContactDetails("Contact " + organisation, email, null, locale));
    }

    public static AwardGranted award(String gemeente, List<ParticipantSummary> recipients) {
        ParticipantSummary winner = recipients.get(0);
        return new AwardGranted(gemeente, "cohort-1", "Koplopergroep Westerkwartier 2027", 2027,
                winner.participantId(), winner.organisationName(), winner.contact(), false,
                "Van nul naar zonnepanelen in één jaar.", recipients, Instant.parse("2027-12-10T16:00:00Z"));
    }

    public static CohortStarted started(String gemeente, List<ParticipantSummary> placed,
                                        List<ParticipantSummary> waiting) {
        return new CohortStarted(gemeente, "cohort-1", "Koplopergroep Westerkwartier 2027", 2027,
                Instant.parse("2027-09-01T22:00:00Z"), placed, waiting, Instant.parse("2027-01-20T09:00:00Z"));
    }

    public static CertificateIssued certificate(String gemeente, String email, String code) {
        return new CertificateIssued(gemeente, "cohort-1", "Koplopergroep Westerkwartier 2027", 2027, "p-" + email,
                "Bakkerij De Vries", new ContactDetails("Jan de Vries", email, null, "nl"), "Gemeente " + gemeente, code,
                "/api/cohorts/cohort-1/certificates/p-" + email + "/pdf", LocalDate.parse("2027-12-10"),
                Instant.parse("2027-12-10T16:00:00Z"));
    }
}
