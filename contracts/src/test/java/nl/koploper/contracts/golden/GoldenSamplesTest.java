package nl.koploper.contracts.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;
import nl.koploper.contracts.cohort.ParticipantRegistered;
import nl.koploper.contracts.footprint.FootprintCalculated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden samples are the contract in JSON: each reads into its record with nothing left over and writes back to
 * the same JSON, so renaming, adding or retyping a field of an event record fails here until its sample (and with it
 * every producer and consumer test that uses the sample) agrees.
 */
class GoldenSamplesTest {

    /** As strict as a test can be: the platform's event mapping writes like this, and reads leniently. */
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    static Stream<Class<?>> eventRecords() {
        return GoldenSamples.eventRecords().stream();
    }

    @ParameterizedTest
    @MethodSource("eventRecords")
    void sampleReadsIntoItsRecordAndWritesBackUnchanged(Class<?> eventRecord) {
        String sample = GoldenSamples.json(eventRecord);

        Object payload = STRICT.readValue(sample, eventRecord);
        JsonNode written = STRICT.readTree(STRICT.writeValueAsString(payload));

        assertThat(written).isEqualTo(STRICT.readTree(sample));
    }

    @Test
    void everyEventTypeHasASampleAndEverySampleAnEventType() throws IOException, URISyntaxException {
        URL folder = GoldenSamples.class.getClassLoader().getResource(GoldenSamples.FOLDER);
        List<String> samples;
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            // The folder is this package's too (the samples sit beside this class in the test-jar).
            samples = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json"))
                    .sorted().toList();
        }

        assertThat(samples).containsExactlyElementsOf(GoldenSamples.eventRecords().stream()
                .map(record -> GoldenSamples.typeOf(record) + ".json").toList());
        assertThat(GoldenSamples.eventRecords()).hasSize(37);
    }

    @Test
    void everyEventTypeIsPublishedOnTheTopicOfItsService() {
        Map<String, String> topicByService = Map.of("cohort", Topics.COHORT_EVENTS, "tenant", Topics.TENANT_EVENTS,
                "assessment", Topics.ASSESSMENT_EVENTS, "footprint", Topics.FOOTPRINT_EVENTS,
                "meeting", Topics.MEETING_EVENTS);
        for (Class<?> record : GoldenSamples.eventRecords()) {
            EventType type = record.getAnnotation(EventType.class);
            String service = type.value().split("\\.")[2];
            assertThat(type.value()).as(record.getName()).matches("nl\\.koploper\\.[a-z]+\\.[a-z-]+\\.v[0-9]+");
            assertThat(type.topic()).as(type.value()).isEqualTo(topicByService.get(service));
        }
    }

    @Test
    void aChangedSampleKeepsItsShape() {
        String changed = GoldenSamples.json(ParticipantRegistered.class,
                Map.of("tenantId", "oldambt", "contact.email", "jan@oldambt.example", "waitlistPosition", 2));

        ParticipantRegistered registered = STRICT.readValue(changed, ParticipantRegistered.class);
        assertThat(registered.tenantId()).isEqualTo("oldambt");
        assertThat(registered.contact().email()).isEqualTo("jan@oldambt.example");
        assertThat(registered.waitlistPosition()).isEqualTo(2);
        GoldenSamples.assertSameShape(ParticipantRegistered.class, changed);
        assertThatThrownBy(() -> GoldenSamples.json(ParticipantRegistered.class, Map.of("tenant", "oldambt")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSampleReadsIntoItsRecordWithTheTestsOwnValues() {
        ParticipantRegistered waiting = GoldenSamples.sample(ParticipantRegistered.class)
                .with("tenantId", "oldambt").with("waitlisted", true).with("waitlistPosition", 3)
                .with("contact.phone", null).read();
        ParticipantRegistered placed = GoldenSamples.read(ParticipantRegistered.class, Map.of("cohortId", "c-1"));

        assertThat(waiting.tenantId()).isEqualTo("oldambt");
        assertThat(waiting.waitlistPosition()).isEqualTo(3);
        assertThat(waiting.contact().phone()).isNull();
        assertThat(waiting.organisationName()).isEqualTo(GoldenSamples.read(ParticipantRegistered.class)
                .organisationName());
        assertThat(placed.cohortId()).isEqualTo("c-1");
        assertThatThrownBy(() -> GoldenSamples.sample(ParticipantRegistered.class).with("contact.mail", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPublishedMessageIsCheckedByItsTypeHeader() {
        String sample = GoldenSamples.json(ParticipantRegistered.class);

        GoldenSamples.assertSameShape("nl.koploper.cohort.participant-registered.v1", sample);
        assertThatThrownBy(() -> GoldenSamples.assertSameShape("nl.koploper.cohort.participant-registered.v1",
                sample.replace("\"kvkNumber\"", "\"kvk\""))).hasMessageContaining("lacks [kvkNumber]");
        assertThatThrownBy(() -> GoldenSamples.assertSameShape("nl.koploper.cohort.unknown.v1", sample))
                .hasMessageContaining("No event record");
    }

    @Test
    void aRenamedOrRetypedFieldIsNotTheSameShape() {
        String sample = GoldenSamples.json(ParticipantRegistered.class);

        assertThatThrownBy(() -> GoldenSamples.assertSameShape(ParticipantRegistered.class,
                sample.replace("\"kvkNumber\"", "\"kvk\""))).hasMessageContaining("lacks [kvkNumber] and has [kvk]");
        assertThatThrownBy(() -> GoldenSamples.assertSameShape(ParticipantRegistered.class,
                sample.replace("\"2026-11-14T16:32:00Z\"", "1794760320"))).hasMessageContaining("$.registeredAt is a number");
        assertThatThrownBy(() -> GoldenSamples.assertSameShape(ParticipantRegistered.class,
                sample.replace("\"phone\": \"0594-512345\",", ""))).hasMessageContaining("$.contact lacks [phone]");
    }

    @Test
    void theKeysOfAMapAreDataNotFields() {
        String otherThemes = GoldenSamples.json(FootprintCalculated.class,
                Map.of("perThemeKg", Map.of("WASTE", 120.5, "COMMUTING", 410)));

        GoldenSamples.assertSameShape(FootprintCalculated.class, otherThemes);
    }
}
