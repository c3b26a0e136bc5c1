/**
 * Payloads of events-service's meeting events, published on {@link nl.koploper.contracts.Topics#MEETING_EVENTS} with
 * the meeting id as key, so that one meeting's invitations, updates and cancellations stay in order.
 *
 * <p>Each payload carries everything notification-service needs to write and send the mail and its iCalendar part
 * without calling back: the {@link nl.koploper.contracts.meeting.MeetingDetails} (times as ISO-8601 with offset plus
 * the zone id, the location, the calendar UID and SEQUENCE) and the
 * {@link nl.koploper.contracts.meeting.MeetingRecipient recipients} with name, e-mail and locale.
 *
 * <p>The personal RSVP link: only events-service holds the key that signs RSVP tokens, so it builds each recipient's
 * link when it records the event and puts it in {@code rsvpUrl}; notification-service only copies it into the mail.
 * The recipient also carries its {@code invitationId}, which is stable for the invitation's life, so a consumer can
 * tell recipients apart and match an RSVP to an earlier invitation. The link expires when the meeting starts (RSVPs
 * close then), so every event that gives a new start time carries fresh links.
 *
 * <p>Enumerated values (meeting type, invitee kind, RSVP response) are plain strings: a consumer must not fail on a
 * value added later.
 */
package nl.koploper.contracts.meeting;
