package nl.koploper.cohort.certificate;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who of a cohort's participants was at one of its meetings, as events-service last reported it (each report carries
 * the meeting's whole attendance, so the newest replaces the rest); in the gemeente's database.
 *
 * @param presentParticipantIds the cohort participants marked present
 * @param recordedAt            when this attendance was recorded; an older report never replaces a newer one
 */
@Document("meeting_attendance")
record MeetingAttendance(@Id String meetingId, String tenantId, String cohortId, List<String> presentParticipantIds,
                         Instant recordedAt) {
}
