package nl.koploper.platform.events;

import java.time.Instant;

/**
 * An event recorded by an aggregate and stored in its document until the outbox relay has published it. The payload
 * is kept as its JSON text so that the relay can publish it without knowing the payload class.
 *
 * @param eventId  the CloudEvents id (named {@code eventId}, not {@code id}, so the mapping never takes it for an {@code _id})
 * @param sequence the event's place in its aggregate's history (1, 2, ...): the relay remembers up to which
 *                 sequence it has published, so an event put back by a stale save is never sent twice
 */
public record PendingEvent(String eventId, long sequence, String type, String topic, Instant time, String payload) {
}
