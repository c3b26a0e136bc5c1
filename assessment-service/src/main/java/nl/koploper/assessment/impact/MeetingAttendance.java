package nl.koploper.assessment.impact;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The attendance of one meeting as events-service last reported it (the whole list, not a batch): for the attendance
 * rates of the impact report. Only cohort participants are kept; guests and network members do not count.
 *
 * @param recordedAt when the reported attendance was recorded: an older report never replaces a newer one
 */
@Document("meeting_attendance")
public record MeetingAttendance(@Id String meetingId, String tenantId, String cohortId, String title,
                                String start, List<Entry> entries, Instant recordedAt) {

    public record Entry(String participantId, boolean present) {
    }

    public MeetingAttendance {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
