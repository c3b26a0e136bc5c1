package nl.koploper.platform.events;

import nl.koploper.contracts.EventType;

/** Test payload published by {@link Sample}. */
@EventType(value = "nl.koploper.eventstest.sample-happened.v1", topic = EventsTestApplication.TOPIC)
record SampleHappened(String sampleId, String label) {
}
