package nl.koploper.contracts.meeting;

import java.time.Instant;
import java.util.List;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * A meeting was scheduled (or a proposed kick-off confirmed): every invitee gets the invitation, SEQUENCE 0.
 *
 * @param cohortId the cohort the meeting is for, or null for a network activity of the whole gemeente
 */
@EventType(value = "nl.koploper.meeting.meeting-scheduled.v1", topic = Topics.MEETING_EVENTS)
public record MeetingScheduled(String tenantId, String cohortId, MeetingDetails meeting,
                               List<MeetingRecipient> recipients, Instant scheduledAt) {
}
