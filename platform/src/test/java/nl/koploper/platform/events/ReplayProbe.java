package nl.koploper.platform.events;

import nl.koploper.contracts.EventType;

/** Test payload on a topic of its own, so that the replay test counts only its own dead letters. */
@EventType(value = "nl.koploper.eventstest.replay-probe.v1", topic = EventsTestApplication.REPLAY_TOPIC)
record ReplayProbe(String label) {
}
