package nl.koploper.contracts.meeting;

import java.time.Instant;
import java.util.List;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * The time or place of a scheduled meeting changed: exactly one update per recipient, with the same UID and the
 * higher SEQUENCE in {@code meeting}.
 *
 * @param previousStart    the start before the change, ISO-8601 with offset (for "moved from … to …")
 * @param previousEnd      the end before the change, ISO-8601 with offset
 * @param previousLocation the location before the change
 * @param recipients       every current invitee, whatever they answered
 */
@EventType(value = "nl.koploper.meeting.meeting-rescheduled.v1", topic = Topics.MEETING_EVENTS)
public record MeetingRescheduled(String tenantId, String cohortId, MeetingDetails meeting, String previousStart,
                                 String previousEnd, MeetingLocation previousLocation,
                                 List<MeetingRecipient> recipients, Instant rescheduledAt) {
}
