package nl.koploper.contracts.meeting;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * One person was invited to an already scheduled meeting (a late registrant, a participant promoted from the cohort's
 * waiting list, an extra guest): only this recipient gets the invitation, with the meeting's current SEQUENCE.
 */
@EventType(value = "nl.koploper.meeting.meeting-invitation-added.v1", topic = Topics.MEETING_EVENTS)
public record MeetingInvitationAdded(String tenantId, String cohortId, MeetingDetails meeting,
                                     MeetingRecipient recipient, Instant addedAt) {
}
