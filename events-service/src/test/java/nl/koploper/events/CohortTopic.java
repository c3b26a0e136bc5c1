package nl.koploper.events;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.contracts.Topics;
import nl.koploper.contracts.cohort.ContactDetails;
import nl.koploper.contracts.cohort.ParticipantRegistered;
import nl.koploper.contracts.golden.GoldenSamples;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes on {@code cohort.events.v1} of the embedded broker as cohort-service does (CloudEvents headers), and on
 * {@code assessment.events.v1} as assessment-service does; the payloads come from the events' golden samples.
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

    /**
     * The golden sample of an event about one participant of the cohort ({@code ParticipantRegistered},
     * {@code ParticipantWithdrew}, ...), with its organisation and contact.
     */
    public static <T> GoldenSamples.Sample<T> participantEvent(Class<T> event, String gemeente, String cohortId,
                                                               String participantId, String organisation,
                                                               String contactName, String email) {
        return GoldenSamples.sample(event).with("tenantId", gemeente).with("cohortId", cohortId)
                .with("cohortName", "Koplopers").with("participantId", participantId)
                .with("organisationName", organisation).with("contact", new ContactDetails(contactName, email, null,
                        "nl"));
    }

    /** A registration as cohort-service publishes it; placed unless {@code waitlisted} (then first in line). */
    public static String registered(String gemeente, String cohortId, String participantId, String organisation,
                                    String contactName, String email, boolean waitlisted, String registeredAt) {
        return participantEvent(ParticipantRegistered.class, gemeente, cohortId, participantId, organisation,
                contactName, email).with("kvkNumber", "12345678").with("organisationType", "COMPANY")
                .with("sbiCode", "47.21").with("sizeFte", 3.0).with("waitlisted", waitlisted)
                .with("waitlistPosition", waitlisted ? 1 : null).with("registeredAt", registeredAt).json();
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
