package nl.koploper.notification;

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
import nl.koploper.contracts.golden.GoldenSamples;
import nl.koploper.contracts.tenant.GemeenteProfile;

/** Test data: events of cohort.events.v1 and tenant.events.v1 as cohort-service publishes them, from golden samples. */
public final class TestCohorts {

    public static final String GROUP = "Koplopergroep Westerkwartier 2027";

    private TestCohorts() {
    }

    public static ParticipantRegistered registered(String gemeente, String email, Integer waitlistPosition) {
        return participantEvent(ParticipantRegistered.class, gemeente, email, "nl")
                .with("waitlisted", waitlistPosition != null).with("waitlistPosition", waitlistPosition)
                .with("registeredAt", "2027-01-05T09:00:00Z").read();
    }

    public static ParticipantPromoted promoted(String gemeente, String email) {
        return participantEvent(ParticipantPromoted.class, gemeente, email, "en")
                .with("vacatedBy", "p-left").with("promotedAt", "2027-01-06T09:00:00Z").read();
    }

    /** A repeat of the registration of {@code email}'s organisation, at {@code at}. */
    public static RegistrationRepeated repeated(String gemeente, String email, boolean submittedByContact, String at) {
        return participantEvent(RegistrationRepeated.class, gemeente, email, "nl")
                .with("submittedByContact", submittedByContact).with("repeatedAt", at).read();
    }

    public static ParticipantWithdrew withdrew(String gemeente, String email, String reason) {
        return participantEvent(ParticipantWithdrew.class, gemeente, email, "nl")
                .with("wasWaitlisted", false).with("reason", reason).with("withdrewAt", "2027-02-01T09:00:00Z").read();
    }

    public static ParticipantRemoved removed(String gemeente, String email, String reason) {
        return participantEvent(ParticipantRemoved.class, gemeente, email, "nl")
                .with("organisationName", "Garage Jansen").with("contact", contact("Piet Jansen", email, "nl"))
                .with("wasWaitlisted", true).with("reason", reason).with("removedAt", "2027-02-01T09:00:00Z").read();
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
        return cohortEvent(AwardGranted.class, gemeente).with("year", 2027)
                .with("participantId", winner.participantId()).with("winnerOrganisationName", winner.organisationName())
                .with("winnerContact", winner.contact()).with("topOfRanking", false)
                .with("motivation", "Van nul naar zonnepanelen in één jaar.").with("recipients", recipients)
                .with("grantedAt", "2027-12-10T16:00:00Z").read();
    }

    public static CohortStarted started(String gemeente, List<ParticipantSummary> placed,
                                        List<ParticipantSummary> waiting) {
        return cohortEvent(CohortStarted.class, gemeente).with("year", 2027)
                .with("assignmentDeadline", "2027-09-01T22:00:00Z").with("participants", placed)
                .with("waitlistedParticipants", waiting).with("startedAt", "2027-01-20T09:00:00Z").read();
    }

    public static CertificateIssued certificate(String gemeente, String email, String code) {
        return participantEvent(CertificateIssued.class, gemeente, email, "nl").with("year", 2027)
                .with("gemeenteName", "Gemeente " + gemeente).with("verificationCode", code)
                .with("downloadPath", "/api/cohorts/cohort-1/certificates/p-" + email + "/pdf")
                .with("issuedOn", "2027-12-10").with("issuedAt", "2027-12-10T16:00:00Z").read();
    }

    /** The golden sample of a cohort event, of this test's gemeente and cohort. */
    public static <T> GoldenSamples.Sample<T> cohortEvent(Class<T> event, String gemeente) {
        return GoldenSamples.sample(event).with("tenantId", gemeente).with("cohortId", "cohort-1")
                .with("cohortName", GROUP);
    }

    /** The golden sample of an event about {@code email}'s organisation, Bakkerij De Vries. */
    private static <T> GoldenSamples.Sample<T> participantEvent(Class<T> event, String gemeente, String email,
                                                                String locale) {
        return cohortEvent(event, gemeente).with("participantId", "p-" + email)
                .with("organisationName", "Bakkerij De Vries").with("contact", contact("Jan de Vries", email, locale));
    }

    private static ContactDetails contact(String name, String email, String locale) {
        return new ContactDetails(name, email, null, locale);
    }
}
