package nl.koploper.footprint.benchmark;

import static nl.koploper.footprint.FootprintApi.decimal;
import static nl.koploper.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koploper.contracts.Topics;
import nl.koploper.footprint.AbstractIT;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.PublishedEvents;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/**
 * The {@code FootprintCalculated} event carries the benchmark placement computed as the benchmark endpoint does,
 * once the organisations of other gemeenten make a publishable group: the restaurants of {@link BenchmarksIT}
 * (2,134 kg each; per FTE 2,134 / FTE), in a data year no other test uses.
 */
@KoploperIntegrationTest
class BenchmarkPlacementEventsIT extends AbstractIT {

    static final int YEAR = 2090;

    @Autowired
    EmbeddedKafkaBroker broker;

    /**
     * Gemeente A has restaurants of 1 and 2 FTE, B of 4 and 5, C of 10: each sees at most four of other gemeenten, so
     * none of their events carries a placement. D's of 8 FTE (266.75) is the first to see five (2,134, 1,067, 533.5,
     * 426.8, 213.4: average 874.94, shown as 870); C's recalculated then sees five too (A's, B's and D's: 2,134,
     * 1,067, 533.5, 426.8 and 266.75, average 885.61, shown as 890), its own 213.4 among the frontrunners.
     */
    @Test
    void placementsComeOnlyOnceOtherGemeentenMakeAGroup() throws Exception {
        List<String> gemeentenAToD = List.of(gemeenten.newGemeente("placement-a"), gemeenten.newGemeente("placement-b"),
                gemeenten.newGemeente("placement-c"), gemeenten.newGemeente("placement-d"));
        int[] ftes = {1, 2, 4, 5, 10, 8};
        String[] gemeenteOf = {gemeentenAToD.get(0), gemeentenAToD.get(0), gemeentenAToD.get(1),
                gemeentenAToD.get(1), gemeentenAToD.get(2), gemeentenAToD.get(3)};
        List<String> organisations = new ArrayList<>();
        for (int i = 0; i < ftes.length; i++) {
            String token = bearer(gemeenteOf[i], "coordinator");
            String organisation = api.participant(gemeenteOf[i]);
            // four give a floor area: per m2 stays below the threshold
            api.putData(token, organisation, YEAR, "{\"company\": {\"fte\": " + ftes[i] + ", \"sbiCode\": \"56.10\""
                    + (i < 4 ? ", \"floorAreaM2\": 100" : "") + "}, "
                    + "\"fuelsAndHeat\": {\"naturalGasNm3\": {\"yearTotal\": 1000}}}").andExpect(status().isCreated());
            api.calculate(token, organisation, YEAR).andExpect(status().isCreated());
            organisations.add(organisation);
        }
        // C's recalculated now that five of other gemeenten compare: its new version is placed
        api.calculate(bearer(gemeentenAToD.get(2), "coordinator"), organisations.get(4), YEAR)
                .andExpect(status().isCreated());

        Map<String, String> events = events(organisations, 7);
        for (int i = 0; i < 5; i++) {
            assertThat(JsonPath.<List<?>>read(events.get(organisations.get(i) + ":" + YEAR + ":1"), "$.benchmark"))
                    .as("organisation %d", i + 1).isEmpty();
        }
        String ofD = events.get(organisations.get(5) + ":" + YEAR + ":1");
        assertThat(JsonPath.<List<?>>read(ofD, "$.benchmark")).hasSize(1);
        assertThat(JsonPath.<String>read(ofD, "$.benchmark[0].metric")).isEqualTo("PER_FTE");
        assertThat(JsonPath.<String>read(ofD, "$.benchmark[0].unit")).isEqualTo("kg CO2e per FTE");
        assertThat(JsonPath.<String>read(ofD, "$.benchmark[0].groupLevel")).isEqualTo("DIVISION");
        assertThat(JsonPath.<String>read(ofD, "$.benchmark[0].groupCode")).isEqualTo("56");
        assertThat(JsonPath.<Integer>read(ofD, "$.benchmark[0].organisations")).isEqualTo(5);
        assertThat(decimal(ofD, "$.benchmark[0].value")).isEqualByComparingTo("266.75");
        assertThat(decimal(ofD, "$.benchmark[0].groupAverage")).isEqualByComparingTo("870");
        assertThat(JsonPath.<String>read(ofD, "$.benchmark[0].position")).isEqualTo("FRONTRUNNER");
        // nothing of the others: no ids, no gemeenten, no absolute totals of anyone in the placement
        String placement = JsonPath.parse(ofD).read("$.benchmark").toString();
        for (String other : organisations.subList(0, 5)) {
            assertThat(placement).doesNotContain(other);
        }
        for (String other : gemeentenAToD.subList(0, 3)) {
            assertThat(placement).doesNotContain(other);
        }
        assertThat(placement).doesNotContain("2134").doesNotContain("874.94");

        String recalculated = events.get(organisations.get(4) + ":" + YEAR + ":2");
        assertThat(JsonPath.<String>read(recalculated, "$.benchmark[0].position")).isEqualTo("FRONTRUNNER");
        assertThat(decimal(recalculated, "$.benchmark[0].value")).isEqualByComparingTo("213.4");
        assertThat(decimal(recalculated, "$.benchmark[0].groupAverage")).isEqualByComparingTo("890");
        assertThat(JsonPath.<Integer>read(recalculated, "$.benchmark[0].organisations")).isEqualTo(5);
    }

    /** The organisations' events by record key ({@code <organisation>:<year>:<version>}), each of the golden shape. */
    private Map<String, String> events(List<String> organisations, int expected) {
        Map<String, String> events = new LinkedHashMap<>();
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker.getBrokersAsString(),
                "benchmark-placement-it-" + UUID.randomUUID());
        props.put("auto.offset.reset", "earliest");
        try (Consumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.FOOTPRINT_EVENTS));
            await().atMost(Duration.ofSeconds(60)).pollInSameThread().untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.key() != null && organisations.stream()
                            .anyMatch(organisation -> record.key().startsWith(organisation + ":"))) {
                        PublishedEvents.assertGoldenShape(record);
                        events.put(record.key(), record.value());
                    }
                });
                assertThat(events).hasSize(expected);
            });
        }
        return events;
    }
}
