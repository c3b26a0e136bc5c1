package nl.koploper.events.meeting;

import java.time.Instant;
import java.util.List;
import nl.koploper.platform.tenancy.TenantId;

/** Scheduled meetings for the unit tests of other features, which cannot reach the meeting's package-private factory. */
public final class MeetingFixtures {

    private MeetingFixtures() {
    }

    public static Meeting scheduled(MeetingTime time, Location location, List<Invitee> invitees, Instant now) {
        return Meeting.schedule(TenantId.of("westerkwartier"), "cohort-1",
                new MeetingPlan(MeetingType.KNOWLEDGE_SESSION, "Kennissessie", null, time, location, null), invitees,
                (gemeente, meeting, invitation, expiresAt) -> "https://koploper.test/rsvp/" + invitation, now);
    }
}
