package nl.koploper.events.meeting;

import static nl.koploper.events.meeting.AttendanceMark.absent;
import static nl.koploper.events.meeting.AttendanceMark.present;
import static nl.koploper.events.meeting.MeetingBuilder.LINKS;
import static nl.koploper.events.meeting.MeetingBuilder.NOW;
import static nl.koploper.events.meeting.MeetingBuilder.aMeeting;
import static nl.koploper.events.meeting.MeetingLifecycleTest.ENDS;
import static nl.koploper.events.meeting.MeetingLifecycleTest.STARTS;
import static nl.koploper.events.meeting.Problems.assertInvalidField;
import static nl.koploper.events.meeting.Problems.assertRuleViolated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.koploper.contracts.meeting.AttendanceEntry;
import nl.koploper.contracts.meeting.MeetingAttendanceRecorded;
import nl.koploper.test.RecordedEvents;
import org.junit.jupiter.api.Test;

class AttendanceTest {

    private static String invitationOf(Meeting meeting, int participant) {
        return meeting.invitationOfParticipant("participant-" + participant).orElseThrow().id();
    }

    @Test
    void theCoordinatorRecordsAttendanceInBulkOnceTheMeetingHasStarted() {
        Meeting meeting = aMeeting().scheduled();

        meeting.recordAttendance(List.of(present(invitationOf(meeting, 1)), absent(invitationOf(meeting, 2))), STARTS);

        assertThat(meeting.attendanceOfParticipant("participant-1")).contains(Attendance.PRESENT);
        assertThat(meeting.attendanceOfParticipant("participant-2")).contains(Attendance.ABSENT);
        assertThat(meeting.attendanceOfParticipant("participant-3")).contains(Attendance.NOT_RECORDED);
        assertThat(meeting.attendanceOfParticipant("participant-99")).isEmpty();
        assertThat(meeting.attendanceSummary()).isEqualTo(new AttendanceSummary(3, 1, 1, 1));
        assertThat(meeting.invitation(invitationOf(meeting, 1)).attendanceRecordedAt()).isEqualTo(STARTS);
    }

    @Test
    void attendanceBeforeTheStartIsRefused() {
        Meeting meeting = aMeeting().scheduled();

        assertRuleViolated(() -> meeting.recordAttendance(List.of(present(invitationOf(meeting, 1))),
                STARTS.minusSeconds(1)), "attendance-before-start");
        assertThat(meeting.attendanceSummary().notRecorded()).isEqualTo(3);
    }

    @Test
    void attendanceCanBeRecordedAndCorrectedAfterTheMeetingWasHeld() {
        Meeting meeting = aMeeting().scheduled();
        meeting.recordAttendance(List.of(absent(invitationOf(meeting, 1))), STARTS);
        meeting.markHeld(ENDS);

        meeting.recordAttendance(List.of(present(invitationOf(meeting, 1))), ENDS);

        assertThat(meeting.attendanceOfParticipant("participant-1")).contains(Attendance.PRESENT);
    }

    @Test
    void theEventCarriesTheWholeAttendanceSoFarForTheImpactReport() {
        Meeting meeting = aMeeting().scheduled();
        meeting.recordAttendance(List.of(present(invitationOf(meeting, 1))), STARTS);

        meeting.recordAttendance(List.of(absent(invitationOf(meeting, 3))), ENDS);

        MeetingAttendanceRecorded recorded = RecordedEvents.last(meeting, MeetingAttendanceRecorded.class);
        assertThat(recorded.attendance())
                .extracting(AttendanceEntry::participantId, AttendanceEntry::kind, AttendanceEntry::present)
                .containsExactly(tuple("participant-1", "PARTICIPANT", true),
                        tuple("participant-3", "PARTICIPANT", false));
        assertThat(recorded.meeting().type()).isEqualTo("KNOWLEDGE_SESSION");
        assertThat(recorded.recordedAt()).isEqualTo(ENDS);
    }

    @Test
    void aListWithAnUnknownOrDuplicateLineChangesNothing() {
        Meeting meeting = aMeeting().scheduled();
        String first = invitationOf(meeting, 1);
        int mark = RecordedEvents.mark(meeting);

        assertInvalidField(() -> meeting.recordAttendance(List.of(present(first), present("nope")), STARTS),
                "marks[1].invitationId");
        assertInvalidField(() -> meeting.recordAttendance(List.of(present(first), absent(first)), STARTS),
                "marks[1].invitationId");
        assertInvalidField(() -> meeting.recordAttendance(List.of(), STARTS), "marks");
        assertThat(meeting.attendanceOfParticipant("participant-1")).contains(Attendance.NOT_RECORDED);
        assertThat(RecordedEvents.since(meeting, mark)).isEmpty();
    }

    @Test
    void aWithdrawnInviteeCannotBeMarked() {
        Meeting meeting = aMeeting().scheduled();
        String withdrawn = invitationOf(meeting, 1);
        meeting.withdrawParticipant("participant-1", null, LINKS, NOW);

        assertInvalidField(() -> meeting.recordAttendance(List.of(present(withdrawn)), STARTS),
                "marks[0].invitationId");
    }

    @Test
    void aCancelledOrDraftMeetingHasNoAttendance() {
        Meeting cancelled = aMeeting().scheduled();
        String invitation = invitationOf(cancelled, 1);
        cancelled.cancel(null, NOW);
        Meeting draft = aMeeting().proposed();

        assertRuleViolated(() -> cancelled.recordAttendance(List.of(present(invitation)), STARTS), "meeting-closed");
        assertRuleViolated(() -> draft.recordAttendance(List.of(present(invitationOf(draft, 1))), STARTS),
                "meeting-not-scheduled");
    }
}
