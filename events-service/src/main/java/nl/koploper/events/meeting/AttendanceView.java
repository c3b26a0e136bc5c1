package nl.koploper.events.meeting;

import java.util.List;

/** A meeting's attendance: the numbers, and per current invitation whether they were there. */
record AttendanceView(String meetingId, String cohortId, AttendanceSummary summary, List<Entry> invitees) {

    record Entry(String invitationId, String participantId, InviteeKind kind, String name, Attendance attendance) {
    }

    static AttendanceView of(Meeting meeting) {
        return new AttendanceView(meeting.id(), meeting.cohortId(), meeting.attendanceSummary(),
                meeting.activeInvitations().stream()
                        .map(i -> new Entry(i.id(), i.participantId(), i.kind(), i.name(), i.attendance()))
                        .toList());
    }
}
