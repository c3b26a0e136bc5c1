package nl.koploper.notification;

import java.time.Instant;
import nl.koploper.contracts.cohort.ContactDetails;
import nl.koploper.contracts.cohort.ParticipantPromoted;
import nl.koploper.contracts.cohort.ParticipantRegistered;
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

    public static GemeenteProfile profile(String gemeente, String displayName, long revision) {
        return new GemeenteProfile(gemeente, displayName, "Petra Jansen", "petra@" + gemeente + ".example",
                "Koploperteam " + displayName, "duurzaam@" + gemeente + ".example",
                "https://" + gemeente + ".example/logo.png", "nl", true, revision);
    }
}
