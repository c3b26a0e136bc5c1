package nl.koploper.contracts.meeting;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * A place at a full meeting came free and the first invitee on its waiting list got it.
 *
 * @param vacatedBy the invitation whose decline or withdrawal freed the place
 */
@EventType(value = "nl.koploper.meeting.meeting-place-granted.v1", topic = Topics.MEETING_EVENTS)
public record MeetingPlaceGranted(String tenantId, String cohortId, MeetingDetails meeting,
                                  MeetingRecipient recipient, String vacatedBy, Instant grantedAt) {
}
