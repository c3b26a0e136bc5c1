package nl.koploper.events.meeting;

import static nl.koploper.events.meeting.MeetingBuilder.LINKS;
import static nl.koploper.events.meeting.MeetingBuilder.aMeeting;
import static nl.koploper.events.meeting.MeetingLifecycleTest.LATER;
import static nl.koploper.events.meeting.MeetingLifecycleTest.STARTS;
import static nl.koploper.events.meeting.Problems.assertRuleViolated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import nl.koploper.test.DocumentMapping;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The meeting document survives Spring Data's object mapping (private constructors, records, enums, the embedded
 * invitations, the waiting list and the pending events) without a database: the converter alone, as the repository
 * will use it.
 */
class MeetingMappingTest {

    private static Meeting fullMeeting() {
        Meeting meeting = aMeeting().withParticipants(3).capacity(1).scheduled();
        meeting.respond(meeting.activeInvitations().get(0).id(), RsvpResponse.ACCEPTED, LINKS, LATER);
        meeting.respond(meeting.activeInvitations().get(1).id(), RsvpResponse.ACCEPTED, LINKS, LATER);
        meeting.withdrawParticipant("participant-3", "Teruggetrokken", LINKS, LATER);
        meeting.recordAttendance(List.of(AttendanceMark.present(meeting.activeInvitations().get(0).id())), STARTS);
        return meeting;
    }

    @Test
    void aMeetingWithAnswersAWaitingListAndAttendanceReadsBackAsItWasWritten() {
        Meeting meeting = fullMeeting();

        Meeting read = DocumentMapping.roundTrip(meeting);

        assertThat(read).usingRecursiveComparison().isEqualTo(meeting);
        assertThat(read.time()).isEqualTo(meeting.time());
        assertThat(read.waitingList()).extracting(Invitation::participantId).containsExactly("participant-2");
        assertThat(read.pendingEvents()).isEqualTo(meeting.pendingEvents());
    }

    @Test
    void theWallClockTimeIsStoredAsTextWithItsZoneSoItDoesNotDependOnTheServersZone() {
        Document document = DocumentMapping.write(aMeeting()
                .from(LocalDateTime.parse("2027-03-28T10:00"), LocalDateTime.parse("2027-03-28T12:00"))
                .scheduled());

        assertThat(document.getString("tenantId")).isEqualTo("westerkwartier");
        assertThat(document.getString("localStart")).isEqualTo("2027-03-28T10:00");
        assertThat(document.getString("zone")).isEqualTo("Europe/Amsterdam");
        assertThat(document.getString("status")).isEqualTo("SCHEDULED");
    }

    @Test
    void aReadMeetingStillEnforcesItsRules() {
        Meeting read = DocumentMapping.roundTrip(fullMeeting());

        assertRuleViolated(() -> read.reschedule(aMeeting().time(), MeetingBuilder.TOWN_HALL, LINKS, STARTS),
                "meeting-already-started");
        assertRuleViolated(() -> read.respond(read.activeInvitations().get(0).id(), RsvpResponse.DECLINED, LINKS,
                STARTS), "rsvp-closed");
    }
}
