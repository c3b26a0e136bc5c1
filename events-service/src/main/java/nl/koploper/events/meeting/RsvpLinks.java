package nl.koploper.events.meeting;

import java.time.Instant;

/**
 * Builds an invitee's personal RSVP link for the events that reach them. The meeting decides what the link is for and
 * until when it works (its start, when RSVPs close); the implementation (signing the token with the configured key,
 * the public base URL) belongs to the service, so the domain stays free of keys and configuration.
 */
@FunctionalInterface
public interface RsvpLinks {

    String linkFor(String gemeente, String meetingId, String invitationId, Instant expiresAt);
}
