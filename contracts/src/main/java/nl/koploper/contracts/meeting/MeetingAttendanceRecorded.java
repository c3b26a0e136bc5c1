package nl.koploper.contracts.meeting;

import java.time.Instant;
import java.util.List;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * The coordinator recorded (or corrected) attendance. {@code attendance} is the meeting's whole attendance as now
 * known, not only this batch, so a consumer (the impact report) replaces what it had rather than adding up.
 */
@EventType(value = "nl.koploper.meeting.meeting-attendance-recorded.v1", topic = Topics.MEETING_EVENTS)
public record MeetingAttendanceRecorded(String tenantId, String cohortId, MeetingDetails meeting,
                                        List<AttendanceEntry> attendance, Instant recordedAt) {
}
