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
import java.util.stream.Collectors;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.contracts.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Publishes what assessment-service and events-service publish about an organisation's year (nulmeting completed,
 * profile published, action plan made, attendance) on the real topics, so that cohort-service's certificate criteria
 * learn them as in production.
 */
public final class AssessmentFacts {

    private final MockMvc http;
    private final String bootstrapServers;

    public AssessmentFacts(MockMvc http, String bootstrapServers) {
        this.http = http;
        this.bootstrapServers = bootstrapServers;
    }

    /** Every assessment step done for each participant; waits until the cohort's criteria view shows them met. */
    public void allStepsDone(String tenant, String cohortId, List<String> participantIds) throws Exception {
        for (String participantId : participantIds) {
            nulmetingCompleted(tenant, cohortId, participantId);
            profilePublished(tenant, cohortId, participantId);
            actionPlanStarted(tenant, cohortId, participantId);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String participantId : participantIds) {
                http.perform(get("/api/cohorts/" + cohortId + "/certificates/criteria")
                                .header("Authorization", bearer(tenant, "coordinator")))
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

    public void nulmetingCompleted(String tenant, String cohortId, String participantId) throws Exception {
        sendAssessment(tenant, participantId, "nulmeting-completed", """
                {"tenantId":"%s","caseId":"%s","cohortId":"%s","participantId":"%s","organisationName":"Org",
                 "completedAt":"%s"}""".formatted(tenant, participantId, cohortId, participantId, Instant.now()));
    }

    public void profilePublished(String tenant, String cohortId, String participantId) throws Exception {
        sendAssessment(tenant, participantId, "profile-published", """
                {"tenantId":"%s","caseId":"%s","cohortId":"%s","participantId":"%s","organisationName":"Org",
                 "version":1,"contact":{"role":"PARTICIPANT","name":"Anna","email":"anna@example.nl","locale":"nl"},
                 "advisorName":"Anne","advisorEmail":"anne@example.nl",
                 "profileUrlPath":"/api/assessments/cases/%s/profiles/1","recommendationCount":10,
                 "publishedAt":"%s"}""".formatted(tenant, participantId, cohortId, participantId, participantId,
                Instant.now()));
    }

    public void actionPlanStarted(String tenant, String cohortId, String participantId) throws Exception {
        sendAssessment(tenant, participantId, "action-plan-started", """
                {"tenantId":"%s","caseId":"%s","cohortId":"%s","participantId":"%s","organisationName":"Org",
                 "startedAt":"%s"}""".formatted(tenant, participantId, cohortId, participantId, Instant.now()));
    }

    /** The meeting's whole attendance: {@code present} were there, nobody else of the cohort. */
    public void attendance(String tenant, String cohortId, String meetingId, List<String> present, Instant recordedAt)
            throws Exception {
        String entries = present.stream().map(id -> """
                {"invitationId":"%s","participantId":"%s","kind":"PARTICIPANT","name":"Org","present":true}"""
                .formatted(UUID.randomUUID(), id)).collect(Collectors.joining(","));
        send(Topics.MEETING_EVENTS, tenant, meetingId, "nl.koploper.meeting.meeting-attendance-recorded.v1", """
                {"tenantId":"%s","cohortId":"%s","meeting":{"meetingId":"%s","uid":"%s@meetings","sequence":0,
                 "type":"KNOWLEDGE_SESSION","title":"Kennissessie","start":"2099-02-01T10:00:00+01:00",
                 "end":"2099-02-01T12:00:00+01:00","timeZone":"Europe/Amsterdam"},
                 "attendance":[%s],"recordedAt":"%s"}""".formatted(tenant, cohortId, meetingId, meetingId, entries,
                recordedAt));
    }

    private void sendAssessment(String tenant, String caseId, String kind, String payload) throws Exception {
        send(Topics.ASSESSMENT_EVENTS, tenant, caseId, "nl.koploper.assessment." + kind + ".v1", payload);
    }

    private void send(String topic, String tenant, String key, String type, String payload) throws Exception {
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
                            EventHeaders.TENANT, tenant)
                    .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get(10, TimeUnit.SECONDS);
        }
    }
}
