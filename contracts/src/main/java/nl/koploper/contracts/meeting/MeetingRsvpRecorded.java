package nl.koploper.contracts.meeting;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * An invitee answered (or changed the answer), through the personal link or logged in.
 *
 * @param response         {@code ACCEPTED}, {@code DECLINED} or {@code TENTATIVE}; more may be added
 * @param waitlistPosition for an acceptance beyond the meeting's capacity, the place on the meeting's waiting list
 *                         counting from 1; null when the invitee has a place or did not accept
 */
@EventType(value = "nl.koploper.meeting.meeting-rsvp-recorded.v1", topic = Topics.MEETING_EVENTS)
public record MeetingRsvpRecorded(String tenantId, String cohortId, MeetingDetails meeting,
                                  MeetingRecipient recipient, String response, Integer waitlistPosition,
                                  Instant respondedAt) {
}
