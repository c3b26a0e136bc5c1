package nl.koploper.platform.events;

import nl.koploper.contracts.EventType;

/** Test payload whose handler counts on a {@link Sample} with one of the idempotency helpers ({@code variant}). */
@EventType(value = "nl.koploper.eventstest.count-requested.v1", topic = EventsTestApplication.TOPIC)
record CountRequested(String sampleId, String variant) {
}
