package nl.koploper.test;

import java.nio.charset.StandardCharsets;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.contracts.golden.GoldenSamples;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Checks a message a service published against the contracts: its CloudEvents type names an event record, and its
 * JSON has the shape of that event's golden sample ({@link GoldenSamples#assertSameShape}). Producer ITs call it on
 * every message they read back from a topic, so a field renamed in a record or a sample fails the publisher's test.
 */
public final class PublishedEvents {

    private PublishedEvents() {
    }

    /** Fails unless {@code record}'s payload has the golden sample's shape of the type in its type header. */
    public static void assertGoldenShape(ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader(EventHeaders.TYPE);
        if (type == null) {
            throw new AssertionError("A message on " + record.topic() + " has no " + EventHeaders.TYPE + " header");
        }
        GoldenSamples.assertSameShape(new String(type.value(), StandardCharsets.UTF_8), record.value());
    }
}
