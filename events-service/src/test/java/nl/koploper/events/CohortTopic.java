package nl.koploper.events;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.contracts.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes on {@code cohort.events.v1} of the embedded broker as cohort-service does (CloudEvents headers), and on
 * {@code assessment.events.v1} as assessment-service does.
 */
public final class CohortTopic {

    private final String bootstrapServers;

    public CohortTopic(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * @param key  the record key: events with the same key are consumed in the order sent
     * @param type the type after {@code nl.koploper.cohort.}, e.g. {@code award-granted.v1}
     */
    public void send(String gemeente, String key, String eventId, String type, String payload) throws Exception {
        send(gemeente, key, eventId, type, payload, "2026-11-27T11:00:00+01:00");
    }

    /** @param time the CloudEvents {@code time} header: when cohort-service says it happened */
    public void send(String gemeente, String key, String eventId, String type, String payload, String time)
            throws Exception {
        send(Topics.COHORT_EVENTS, "/koploper/cohort", "nl.koploper.cohort." + type, gemeente, key, eventId, payload,
                time);
    }

    /**
     * An event of assessment-service on {@code assessment.events.v1} (the other topic this service consumes).
     *
     * @param type the type after {@code nl.koploper.assessment.}, e.g. {@code advisor-assigned.v1}
     */
    public void sendAssessment(String gemeente, String key, String eventId, String type, String payload)
            throws Exception {
        send(Topics.ASSESSMENT_EVENTS, "/koploper/assessment", "nl.koploper.assessment." + type, gemeente, key,
                eventId, payload, "2026-11-27T11:00:00+01:00");
    }

    private void send(String topic, String source, String fullType, String gemeente, String key, String eventId,
                      String payload, String time) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
            Map.of(EventHeaders.SPEC_VERSION, EventHeaders.SPEC_VERSION_1_0,
                    EventHeaders.ID, eventId,
                    EventHeaders.SOURCE, source,
                    EventHeaders.TYPE, fullType,
                    EventHeaders.TIME, time,
                    EventHeaders.SUBJECT, key,
                    EventHeaders.CONTENT_TYPE, EventHeaders.APPLICATION_JSON,
                    EventHeaders.TENANT, gemeente)
                    .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get(10, TimeUnit.SECONDS);
        }
    }
}
