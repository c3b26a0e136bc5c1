package nl.koploper.contracts.meeting;

import java.time.Instant;
import java.util.List;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * A scheduled meeting was cancelled: every invitee gets one cancellation (iCalendar METHOD:CANCEL, same UID).
 *
 * @param reason     what the coordinator told the invitees, or null
 * @param recipients every current invitee, whatever they answered
 */
@EventType(value = "nl.koploper.meeting.meeting-cancelled.v1", topic = Topics.MEETING_EVENTS)
public record MeetingCancelled(String tenantId, String cohortId, MeetingDetails meeting, String reason,
                               List<MeetingRecipient> recipients, Instant cancelledAt) {
}
