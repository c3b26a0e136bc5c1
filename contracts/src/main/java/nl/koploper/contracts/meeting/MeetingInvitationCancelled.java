package nl.koploper.contracts.meeting;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * One invitee's invitation was withdrawn (its organisation left the cohort, or the coordinator uninvited a guest)
 * while the meeting goes on: only this recipient gets a cancellation (iCalendar METHOD:CANCEL, same UID).
 *
 * @param reason why, for the mail, or null
 */
@EventType(value = "nl.koploper.meeting.meeting-invitation-cancelled.v1", topic = Topics.MEETING_EVENTS)
public record MeetingInvitationCancelled(String tenantId, String cohortId, MeetingDetails meeting,
                                         MeetingRecipient recipient, String reason, Instant cancelledAt) {
}
