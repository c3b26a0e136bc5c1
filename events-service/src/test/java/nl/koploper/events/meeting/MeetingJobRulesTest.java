package nl.koploper.events.meeting;

import static nl.koploper.events.meeting.MeetingBuilder.LINKS;
import static nl.koploper.events.meeting.MeetingBuilder.aMeeting;
import static nl.koploper.events.meeting.MeetingLifecycleTest.ENDS;
import static nl.koploper.events.meeting.MeetingLifecycleTest.STARTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import nl.koploper.contracts.meeting.MeetingRecipient;
import nl.koploper.contracts.meeting.MeetingReminderDue;
import nl.koploper.test.RecordedEvents;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules the reminder and held-marking job relies on; the job itself is tested against the database. */
class MeetingJobRulesTest {

    static final Duration DAY = Duration.ofHours(24);

    private static String invitationOf(Meeting meeting, int participant) {
        return meeting.activeInvitations().stream()
                .filter(i -> ("participant-" + participant).equals(i.participantId()))
                .findFirst().orElseThrow().id();
    }

    @Nested
    class Reminder {

        @Test
        void notDueBeforeTheLeadNorAfterTheStart() {
            Meeting meeting = aMeeting().scheduled();
            int mark = RecordedEvents.mark(meeting);

            assertThat(meeting.remindIfDue(DAY, LINKS, STARTS.minus(DAY).minusSeconds(1))).isFalse();
            assertThat(meeting.remindIfDue(DAY, LINKS, STARTS)).isFalse();
            assertThat(RecordedEvents.since(meeting, mark)).isEmpty();
        }

        @Test
        void dueOnceForEachStart() {
            Meeting meeting = aMeeting().scheduled();
            int mark = RecordedEvents.mark(meeting);

            assertThat(meeting.remindIfDue(DAY, LINKS, STARTS.minus(DAY))).isTrue();
            assertThat(meeting.reminderPending()).isFalse();
            assertThat(meeting.remindIfDue(DAY, LINKS, STARTS.minus(Duration.ofHours(2)))).isFalse();
            assertThat(RecordedEvents.since(meeting, mark)).hasSize(1);

            // Moved a week on: the new start gets a reminder of its own.
            meeting.reschedule(MeetingLifecycleTest.A_WEEK_LATER, meeting.location(), LINKS,
                    STARTS.minus(Duration.ofHours(1)));
            assertThat(meeting.reminderPending()).isTrue();
            Instant dayBeforeNewStart = MeetingLifecycleTest.A_WEEK_LATER.startInstant().minus(DAY);
            assertThat(meeting.remindIfDue(DAY, LINKS, dayBeforeNewStart)).isTrue();
            assertThat(RecordedEvents.payloads(meeting, MeetingReminderDue.class)).hasSize(2);
        }

        @Test
        void remindsThoseWhoMayComeAndNotThoseWhoDeclinedOrWait() {
            Meeting meeting = aMeeting().capacity(1).withParticipants(5).scheduled();
            Instant before = STARTS.minus(Duration.ofDays(3));
            meeting.respond(invitationOf(meeting, 1), RsvpResponse.ACCEPTED, LINKS, before);
            meeting.respond(invitationOf(meeting, 2), RsvpResponse.ACCEPTED, LINKS, before); // waits: full
            meeting.respond(invitationOf(meeting, 3), RsvpResponse.DECLINED, LINKS, before);
            meeting.respond(invitationOf(meeting, 4), RsvpResponse.TENTATIVE, LINKS, before);

            meeting.remindIfDue(DAY, LINKS, STARTS.minus(Duration.ofHours(20)));

            MeetingReminderDue reminder = RecordedEvents.last(meeting, MeetingReminderDue.class);
            assertThat(reminder.recipients()).extracting(MeetingRecipient::participantId)
                    .containsExactly("participant-1", "participant-4", "participant-5");
            assertThat(reminder.unansweredInvitationIds()).containsExactly(invitationOf(meeting, 5));
            assertThat(reminder.recipients()).allMatch(r -> r.rsvpUrl() != null);
            assertThat(reminder.meeting().start()).isEqualTo("2027-03-04T19:00:00+01:00");
            assertThat(reminder.dueAt()).isEqualTo(STARTS.minus(Duration.ofHours(20)));
        }

        @Test
        void aDraftOrACancelledMeetingGetsNone() {
            Meeting draft = aMeeting().proposed();
            Meeting cancelled = aMeeting().scheduled();
            cancelled.cancel("Zaal niet beschikbaar", STARTS.minus(Duration.ofDays(2)));

            assertThat(draft.remindIfDue(DAY, LINKS, STARTS.minus(Duration.ofHours(1)))).isFalse();
            assertThat(cancelled.remindIfDue(DAY, LINKS, STARTS.minus(Duration.ofHours(1)))).isFalse();
            assertThat(RecordedEvents.payloads(cancelled, MeetingReminderDue.class)).isEmpty();
        }
    }

    @Nested
    class Held {

        @Test
        void markedOnceItHasEnded() {
            Meeting meeting = aMeeting().scheduled();

            assertThat(meeting.markHeldIfEnded(ENDS.minusSeconds(1))).isFalse();
            assertThat(meeting.markHeldIfEnded(ENDS)).isTrue();
            assertThat(meeting.status()).isEqualTo(MeetingStatus.HELD);
            assertThat(meeting.heldAt()).isEqualTo(ENDS);
            assertThat(meeting.markHeldIfEnded(ENDS.plusSeconds(60))).isFalse();
            assertThat(meeting.heldAt()).isEqualTo(ENDS);
        }

        @Test
        void aDraftOrCancelledMeetingIsNeverHeld() {
            Meeting draft = aMeeting().proposed();
            Meeting cancelled = aMeeting().scheduled();
            cancelled.cancel(null, STARTS.minus(Duration.ofDays(1)));

            assertThat(draft.markHeldIfEnded(ENDS.plus(Duration.ofDays(1)))).isFalse();
            assertThat(cancelled.markHeldIfEnded(ENDS.plus(Duration.ofDays(1)))).isFalse();
            assertThat(List.of(draft.status(), cancelled.status()))
                    .containsExactly(MeetingStatus.DRAFT, MeetingStatus.CANCELLED);
        }
    }

    @Test
    void theEndOfAMeetingAcrossTheAutumnChangeIsItsWallClockEnd() {
        // 31 October 2027 is the last Sunday of October: 01:30 to 03:30 spans the hour that happens twice.
        Meeting meeting = aMeeting().from(LocalDateTime.parse("2027-10-31T01:30"),
                LocalDateTime.parse("2027-10-31T03:30")).scheduled();

        assertThat(meeting.markHeldIfEnded(Instant.parse("2027-10-31T02:29:59Z"))).isFalse();
        assertThat(meeting.markHeldIfEnded(Instant.parse("2027-10-31T02:30:00Z"))).isTrue();
    }
}
