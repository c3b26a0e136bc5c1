package nl.koploper.footprint.result;

import static nl.koploper.test.TestTokens.bearer;
import static nl.koploper.footprint.FootprintApi.decimal;
import static nl.koploper.footprint.FootprintApi.office;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.contracts.Topics;
import nl.koploper.footprint.AbstractIT;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.PublishedEvents;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/**
 * A stored calculation is published as {@code FootprintCalculated} on {@value Topics#FOOTPRINT_EVENTS} by the outbox
 * relay, read here by a real consumer of the embedded broker; an estimate publishes nothing.
 */
@KoploperIntegrationTest
class FootprintEventsIT extends AbstractIT {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void everyStoredVersionIsPublishedWithItsTotalsUnderItsOrganisationsKey() throws Exception {
        String gemeente = gemeenten.newGemeente("events");
        String organisation = api.participant(gemeente);
        String coordinator = bearer(gemeente, "coordinator");
        api.storedOffice(gemeente, organisation, 2025);
        api.calculate(coordinator, organisation, 2025).andExpect(status().isCreated());
        api.putData(coordinator, organisation, 2025, office("4000"), "\"0\"").andExpect(status().isOk());
        api.calculate(coordinator, organisation, 2025).andExpect(status().isCreated());
        // a what-if of the same organisation's data is not an event
        api.estimate(coordinator, office().replaceFirst("\\{", "{\"year\": 2025, ")).andExpect(status().isOk());

        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (Consumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(Topics.FOOTPRINT_EVENTS));
            await().atMost(PATIENCE).pollInSameThread().untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.key() != null && record.key().startsWith(organisation + ":")) {
                        records.add(record);
                    }
                });
                assertThat(records).hasSize(2);
            });
            // nothing more arrives for this organisation (the estimate published nothing)
            consumer.poll(Duration.ofSeconds(2)).forEach(record -> assertThat(record.key()).doesNotStartWith(organisation));
        }

        records.forEach(PublishedEvents::assertGoldenShape);
        ConsumerRecord<String, String> first = records.stream()
                .filter(record -> record.key().equals(organisation + ":2025:1")).findFirst().orElseThrow();
        assertThat(header(first, EventHeaders.TYPE)).isEqualTo("nl.koploper.footprint.footprint-calculated.v1");
        assertThat(header(first, EventHeaders.TENANT)).isEqualTo(gemeente);
        assertThat(header(first, EventHeaders.SUBJECT)).isEqualTo(organisation + ":2025:1");
        assertThat(header(first, EventHeaders.SOURCE)).isEqualTo("/koploper/footprint");
        String payload = first.value();
        assertThat(JsonPath.<String>read(payload, "$.tenantId")).isEqualTo(gemeente);
        assertThat(JsonPath.<String>read(payload, "$.organisationId")).isEqualTo(organisation);
        assertThat(JsonPath.<Integer>read(payload, "$.year")).isEqualTo(2025);
        assertThat(JsonPath.<Integer>read(payload, "$.version")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(payload, "$.factorSetYear")).isEqualTo(2026);
        assertThat(decimal(payload, "$.scope1Kg")).isEqualByComparingTo("9653");
        assertThat(decimal(payload, "$.scope2MarketBasedKg")).isEqualByComparingTo("4830");
        assertThat(decimal(payload, "$.scope2LocationBasedKg")).isEqualByComparingTo("6560");
        assertThat(decimal(payload, "$.scope3Kg")).isEqualByComparingTo("10975.5");
        assertThat(decimal(payload, "$.perThemeKg.FUELS_AND_HEAT")).isEqualByComparingTo("6402");
        assertThat(decimal(payload, "$.perThemeKg.COMMUTING")).isEqualByComparingTo("9650");

        ConsumerRecord<String, String> second = records.stream()
                .filter(record -> record.key().equals(organisation + ":2025:2")).findFirst().orElseThrow();
        assertThat(JsonPath.<Integer>read(second.value(), "$.version")).isEqualTo(2);
        assertThat(decimal(second.value(), "$.scope1Kg")).isEqualByComparingTo("11787");

        // published events leave the stored results' pending list
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(mongo.getDatabase("footprint_" + gemeente)
                .getCollection("footprint_results").countDocuments(Filters.exists("pendingEvents.0"))).isZero());
        Document stored = mongo.getDatabase("footprint_" + gemeente).getCollection("footprint_results")
                .find(Filters.eq("_id", organisation + ":2025:1")).first();
        assertThat(stored.getString("tenantId")).isEqualTo(gemeente);
    }

    private Consumer<String, String> consumer() {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker.getBrokersAsString(),
                "footprint-events-it-" + UUID.randomUUID());
        props.put("auto.offset.reset", "earliest");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
