package nl.koploper.cohort;

import static nl.koploper.test.TestTokens.bearer;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.assessment.ActionPlanStarted;
import nl.koploper.contracts.assessment.NulmetingCompleted;
import nl.koploper.contracts.assessment.ProfilePublished;
import nl.koploper.contracts.golden.GoldenSamples;
import nl.koploper.contracts.meeting.AttendanceEntry;
import nl.koploper.contracts.meeting.MeetingAttendanceRecorded;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Publishes what assessment-service and events-service publish about an organisation's year (nulmeting completed,
 * profile published, action plan made, attendance) on the real topics, so that cohort-service's certificate criteria
 * learn them as in production; each payload is the event's golden sample with this test's ids and times.
 */
public final class AssessmentFacts {

    private final MockMvc http;
    private final String bootstrapServers;

    public AssessmentFacts(MockMvc http, String bootstrapServers) {
        this.http = http;
        this.bootstrapServers = bootstrapServers;
    }

    /** Every assessment step done for each participant; waits until the cohort's criteria view shows them met. */
    public void allStepsDone(String gemeente, String cohortId, List<String> participantIds) throws Exception {
        for (String participantId : participantIds) {
            nulmetingCompleted(gemeente, cohortId, participantId);
            profilePublished(gemeente, cohortId, participantId);
            actionPlanStarted(gemeente, cohortId, participantId);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String participantId : participantIds) {
                http.perform(get("/api/cohorts/" + cohortId + "/certificates/criteria")
                                .header("Authorization", bearer(gemeente, "coordinator")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.organisations[?(@.participantId == '" + participantId
                                + "')].actionPlanMade").value(true))
                        .andExpect(jsonPath("$.organisations[?(@.participantId == '" + participantId
                                + "')].profilePublished").value(true))
                        .andExpect(jsonPath("$.organisations[?(@.participantId == '" + participantId
                                + "')].nulmetingCompleted").value(true));
            }
        });
    }

    public void nulmetingCompleted(String gemeente, String cohortId, String participantId) throws Exception {
        send(gemeente, participantId, caseOf(NulmetingCompleted.class, gemeente, cohortId, participantId)
                .with("completedAt", Instant.now().toString()));
    }

    public void profilePublished(String gemeente, String cohortId, String participantId) throws Exception {
        send(gemeente, participantId, caseOf(ProfilePublished.class, gemeente, cohortId, participantId)
                .with("profileUrlPath", "/api/assessments/cases/" + participantId + "/profiles/1")
                .with("publishedAt", Instant.now().toString()));
    }

    public void actionPlanStarted(String gemeente, String cohortId, String participantId) throws Exception {
        send(gemeente, participantId, caseOf(ActionPlanStarted.class, gemeente, cohortId, participantId)
                .with("startedAt", Instant.now().toString()));
    }

    /** The meeting's whole attendance: {@code present} were there, nobody else of the cohort. */
    public void attendance(String gemeente, String cohortId, String meetingId, List<String> present, Instant recordedAt)
            throws Exception {
        send(gemeente, meetingId, GoldenSamples.sample(MeetingAttendanceRecorded.class)
                .with("tenantId", gemeente).with("cohortId", cohortId)
                .with("meeting.meetingId", meetingId).with("meeting.uid", meetingId + "@meetings")
                .with("meeting.type", "KNOWLEDGE_SESSION").with("meeting.title", "Kennissessie")
                .with("meeting.start", "2099-02-01T10:00:00+01:00").with("meeting.end", "2099-02-01T12:00:00+01:00")
                .with("attendance", present.stream().map(id -> new AttendanceEntry(UUID.randomUUID().toString(), id,
                        "PARTICIPANT", "Org", true)).toList())
                .with("recordedAt", recordedAt.toString()));
    }

    /** The golden sample of an event about one assessment case, made this test's participant's. */
    private static <T> GoldenSamples.Sample<T> caseOf(Class<T> event, String gemeente, String cohortId,
                                                      String participantId) {
        return GoldenSamples.sample(event).with("tenantId", gemeente).with("caseId", participantId)
                .with("cohortId", cohortId).with("participantId", participantId);
    }

    private void send(String gemeente, String key, GoldenSamples.Sample<?> event) throws Exception {
        EventType type = event.type();
        send(type.topic(), gemeente, key, type.value(), event.json());
    }

    private void send(String topic, String gemeente, String key, String type, String payload) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
            Map.of(EventHeaders.SPEC_VERSION, EventHeaders.SPEC_VERSION_1_0,
                            EventHeaders.ID, UUID.randomUUID().toString(),
                            EventHeaders.SOURCE, "/koploper/test",
                            EventHeaders.TYPE, type,
                            EventHeaders.TIME, Instant.now().toString(),
                            EventHeaders.SUBJECT, key,
                            EventHeaders.CONTENT_TYPE, EventHeaders.APPLICATION_JSON,
                            EventHeaders.TENANT, gemeente)
                    .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get(10, TimeUnit.SECONDS);
        }
    }
}
