package nl.koploper.events.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.koploper.contracts.meeting.AttendanceEntry;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;

/**
 * Who was at a meeting, over its current invitations: each mark is kept on its {@link Invitation}, so it stays with the
 * invitee it is about (and where meeting documents have always stored it). The {@link Meeting} decides when attendance
 * may be recorded and records the event.
 */
final class AttendanceRegister {

    private final InvitationList invitationList;

    AttendanceRegister(InvitationList invitationList) {
        this.invitationList = invitationList;
    }

    /**
     * Applies the coordinator's marks; a later mark corrects an earlier one. The whole list is checked before anything
     * changes, so a list with one wrong line changes nothing.
     *
     * @return the whole attendance recorded so far, as the event carries it
     */
    List<AttendanceEntry> record(List<AttendanceMark> marks, Instant now) {
        if (marks == null || marks.isEmpty()) {
            throw new InvalidInputException("marks", "List at least one invitee as present or absent");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < marks.size(); n++) {
            String invitationId = marks.get(n) == null ? null : marks.get(n).invitationId();
            String field = "marks[" + n + "].invitationId";
            if (invitationId == null || invitationList.find(invitationId).filter(Invitation::active).isEmpty()) {
                problems.add(new FieldProblem(field, "unknown-invitation",
                        "'" + invitationId + "' is not an invitation to this meeting"));
            } else if (!seen.add(invitationId)) {
                problems.add(new FieldProblem(field, "duplicate", "'" + invitationId + "' is listed twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The attendance list is not valid", problems);
        }
        marks.forEach(mark -> invitationList.get(mark.invitationId()).recordAttendance(mark.present(), now));
        return invitationList.active().stream()
                .filter(i -> i.attendance() != Attendance.NOT_RECORDED)
                .map(i -> new AttendanceEntry(i.id(), i.participantId(), i.kind().name(), i.name(),
                        i.attendance() == Attendance.PRESENT))
                .toList();
    }

    /** Whether the participant was there; empty when it was not invited. */
    Optional<Attendance> ofParticipant(String participantId) {
        return invitationList.ofParticipant(participantId).map(Invitation::attendance);
    }

    AttendanceSummary summary() {
        List<Invitation> active = invitationList.active();
        int present = (int) active.stream().filter(i -> i.attendance() == Attendance.PRESENT).count();
        int absent = (int) active.stream().filter(i -> i.attendance() == Attendance.ABSENT).count();
        return new AttendanceSummary(active.size(), present, absent, active.size() - present - absent);
    }
}
