package nl.koploper.footprint;

import static nl.koploper.test.TestTokens.bearer;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import com.nimbusds.jwt.SignedJWT;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.contracts.Topics;
import nl.koploper.contracts.assessment.AdvisorAssigned;
import nl.koploper.contracts.assessment.AssessmentRecipient;
import nl.koploper.contracts.cohort.ContactDetails;
import nl.koploper.contracts.cohort.ParticipantPromoted;
import nl.koploper.contracts.cohort.ParticipantRegistered;
import nl.koploper.contracts.cohort.ParticipantRemoved;
import nl.koploper.contracts.cohort.ParticipantWithdrew;
import nl.koploper.contracts.golden.GoldenSamples;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import nl.koploper.test.TestTokens;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The footprint API as the ITs call it, and the test data they send ("mothers"). Every IT class uses only
 * {@code @KoploperIntegrationTest}, so they all share one context and one embedded broker.
 */
public final class FootprintApi {

    public static final String CONTACT = "info@bakkerij-de-koploper.example";
    /** The cohort of the test events; their record key, so one test's events are applied in the order sent. */
    public static final String COHORT = "cohort-1";

    /**
     * A small office, hand-computed with the 2026 set:
     * electricity 20,000 kWh, 50 % green: market 10,000 × 0.483 = 4,830; location 20,000 × 0.328 = 6,560;
     * natural gas 3,000 Nm3 × 2.134 = 6,402; diesel 1,000 l × 3.251 = 3,251; flights 1,200 pkm × 0.234 = 280.8;
     * commuting 50,000 km × 0.193 = 9,650; water 150 m3 × 0.298 = 44.7; residual waste 2,000 kg × 0.5 = 1,000.
     * Scope 1 = 9,653; scope 2 market 4,830, location 6,560; scope 3 = 10,975.5; total market-based 25,458.5.
     */
    public static final String OFFICE = """
            {
              "contactEmail": "%s",
              "company": {"fte": 10, "floorAreaM2": 400},
              "electricity": {"boughtKwh": {"yearTotal": 20000}, "greenSharePercent": 50},
              "fuelsAndHeat": {"naturalGasNm3": {"yearTotal": %s}},
              "businessTransport": {
                "fuels": [{"fuel": "DIESEL_B7", "quantity": {"yearTotal": 1000}}],
                "flights": [{"band": "UNDER_700_KM", "passengerKm": {"yearTotal": 1200}}]
              },
              "commuting": {"carKm": {"yearTotal": 50000}},
              "water": {"m3": {"yearTotal": 150}, "factor": {"valueKgCo2e": 0.298, "unit": "m3", "source": "Vitens 2025"}},
              "waste": [{"kind": "RESIDUAL", "kg": {"yearTotal": 2000},
                         "factor": {"valueKgCo2e": 0.5, "unit": "kg", "source": "afvalverwerker"}}]
            }
            """;

    private final MockMvc http;
    private final String bootstrapServers;
    private final MongoClient mongo;

    /** For calls that need no known organisation (factor lists, estimates). */
    public FootprintApi(MockMvc http) {
        this(http, null, null);
    }

    /**
     * @param bootstrapServers the embedded broker ({@code spring.kafka.bootstrap-servers}), where cohort-service's
     *                         events are sent as it publishes them
     * @param mongo            to see when footprint-service has applied them
     */
    public FootprintApi(MockMvc http, String bootstrapServers, MongoClient mongo) {
        this.http = http;
        this.bootstrapServers = bootstrapServers;
        this.mongo = mongo;
    }

    public static String office() {
        return office("3000");
    }

    /** The office with another gas volume, to tell two versions of the data apart. */
    public static String office(String naturalGasNm3) {
        return OFFICE.formatted(CONTACT, naturalGasNm3);
    }

    public static String newOrganisation() {
        return "org-" + UUID.randomUUID().toString().substring(0, 8);
    }


    // ---- organisations made known as cohort-service does: its events on cohort.events.v1

    /**
     * A new organisation placed in a cohort of {@code gemeente}, its contact {@link #CONTACT}; applied when it
     * returns.
     */
    public String participant(String gemeente) throws Exception {
        return participant(gemeente, CONTACT);
    }

    /** A new organisation placed in a cohort of {@code gemeente} with that contact e-mail; applied when it returns. */
    public String participant(String gemeente, String contactEmail) throws Exception {
        return participants(gemeente, contactEmail, 1).get(0);
    }

    /** {@code count} new organisations placed in a cohort of {@code gemeente}, all with that contact e-mail. */
    public List<String> participants(String gemeente, String contactEmail, int count) throws Exception {
        Map<String, String> eventIds = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String organisation = UUID.randomUUID().toString();
            eventIds.put(organisation, sendCohortEvent(gemeente, "participant-registered",
                    registeredJson(gemeente, organisation, contactEmail, false)));
        }
        eventIds.forEach((organisation, eventId) -> awaitApplied(gemeente, organisation, eventId));
        return List.copyOf(eventIds.keySet());
    }

    /** Places the organisation {@code organisationId} in a cohort of {@code gemeente}; applied when it returns. */
    public void register(String gemeente, String organisationId, String contactEmail) throws Exception {
        awaitApplied(gemeente, organisationId, sendCohortEvent(gemeente, "participant-registered",
                registeredJson(gemeente, organisationId, contactEmail, false)));
    }

    /**
     * A new advisor of {@code gemeente} (an Authorization header value), assigned to {@code organisationId} as
     * assessment-service publishes it; applied when it returns.
     */
    public String advisor(String gemeente, String organisationId) throws Exception {
        String email = "adviseur-" + UUID.randomUUID().toString().substring(0, 8) + "@advies.example.nl";
        assign(gemeente, organisationId, email);
        return "Bearer " + TestTokens.tokenWithEmail(gemeente, email, "advisor");
    }

    /**
     * Assigns the advisor of assessment-service's register who signs in with {@code advisorEmail} to the
     * organisation (assessment-service's event).
     */
    public void assign(String gemeente, String organisationId, String advisorEmail) throws Exception {
        String eventId = UUID.randomUUID().toString();
        send(gemeente, organisationId, eventId, advisorAssigned(gemeente, organisationId, advisorEmail)
                .with("advisorOrganisation", "Advies Noord")
                .with("caseUrlPath", "/adviseur/organisaties/" + organisationId));
        awaitApplied(gemeente, organisationId, eventId);
    }

    /**
     * An assignment as assessment-service recorded it before its advisor register: the advisor named by the subject
     * of their login.
     */
    public void assignBySubject(String gemeente, String organisationId, String advisorSubject) throws Exception {
        String eventId = UUID.randomUUID().toString();
        send(gemeente, organisationId, eventId, advisorAssigned(gemeente, organisationId, "anne@advies.example.nl")
                .with("advisorId", advisorSubject).with("advisorOrganisation", null).with("caseUrlPath", null));
        awaitApplied(gemeente, organisationId, eventId);
    }

    /** The golden sample of an assignment of the advisor signing in with {@code email} to the organisation. */
    private static GoldenSamples.Sample<AdvisorAssigned> advisorAssigned(String gemeente, String organisationId,
                                                                         String email) {
        return GoldenSamples.sample(AdvisorAssigned.class).with("tenantId", gemeente).with("caseId", organisationId)
                .with("cohortId", COHORT).with("participantId", organisationId)
                .with("organisationName", "Bakkerij De Koploper").with("advisorId", UUID.randomUUID().toString())
                .with("advisor", new AssessmentRecipient("ADVISOR", "Anne Adviseur", email, "nl"))
                .with("previousAdvisorId", null).with("assignedAt", "2026-02-01T10:00:00Z");
    }

    /** The subject of a token: how footprint-service recognises an advisor. */
    public static String subject(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet().getSubject();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends a cohort event (type e.g. {@code participant-withdrew}) keyed by the cohort; returns its event id. */
    public String sendCohortEvent(String gemeente, String kind, String payload) throws Exception {
        return sendCohortEvent(gemeente, kind, payload, UUID.randomUUID().toString());
    }

    /** Sends a cohort event with the given id: the same id again is a redelivery. */
    public String sendCohortEvent(String gemeente, String kind, String payload, String eventId) throws Exception {
        send(Topics.COHORT_EVENTS, gemeente, COHORT, eventId, "nl.koploper.cohort." + kind + ".v1", payload);
        return eventId;
    }

    /** Waits until footprint-service has applied event {@code eventId} to what it knows of the organisation. */
    public void awaitApplied(String gemeente, String organisationId, String eventId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> mongo.getDatabase("footprint_" + gemeente)
                .getCollection("known_organisations")
                .countDocuments(Filters.and(Filters.eq("_id", organisationId), Filters.eq("appliedEventIds", eventId)))
                == 1);
    }

    public static String registeredJson(String gemeente, String organisationId, String contactEmail,
                                        boolean waitlisted) {
        return participantEvent(ParticipantRegistered.class, gemeente, organisationId, contactEmail)
                .with("kvkNumber", "12345678").with("organisationType", "COMPANY").with("sbiCode", "1071")
                .with("sizeFte", 10).with("waitlisted", waitlisted).with("waitlistPosition", waitlisted ? 1 : null)
                .with("registeredAt", "2026-01-10T10:00:00Z").json();
    }

    public static String promotedJson(String gemeente, String organisationId, String contactEmail) {
        return participantEvent(ParticipantPromoted.class, gemeente, organisationId, contactEmail)
                .with("vacatedBy", "someone").with("promotedAt", "2026-02-01T10:00:00Z").json();
    }

    public static String withdrewJson(String gemeente, String organisationId) {
        return participantEvent(ParticipantWithdrew.class, gemeente, organisationId, null).with("wasWaitlisted", false)
                .with("reason", "stopt").with("withdrewAt", "2026-03-01T10:00:00Z").json();
    }

    public static String removedJson(String gemeente, String organisationId) {
        return participantEvent(ParticipantRemoved.class, gemeente, organisationId, null).with("wasWaitlisted", false)
                .with("reason", "stopt").with("removedAt", "2026-03-01T10:00:00Z").json();
    }

    /** The golden sample of an event about the organisation as a participant; no contact without an address. */
    private static GoldenSamples.Sample<?> participantEvent(Class<?> event, String gemeente, String organisationId,
                                                            String contactEmail) {
        return GoldenSamples.sample(event).with("tenantId", gemeente).with("cohortId", COHORT)
                .with("cohortName", "Koplopers 2026").with("participantId", organisationId)
                .with("organisationName", "Bakkerij De Koploper")
                .with("contact", contactEmail == null ? null
                        : new ContactDetails("Bea Bakker", contactEmail, null, "nl"));
    }

    private void send(String gemeente, String key, String eventId, GoldenSamples.Sample<?> event) throws Exception {
        send(event.type().topic(), gemeente, key, eventId, event.type().value(), event.json());
    }

    private void send(String topic, String gemeente, String key, String eventId, String type, String payload)
            throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
            Map.of(EventHeaders.SPEC_VERSION, EventHeaders.SPEC_VERSION_1_0,
                    EventHeaders.ID, eventId,
                    EventHeaders.SOURCE, "/koploper/test",
                    EventHeaders.TYPE, type,
                    EventHeaders.TIME, "2026-01-10T11:00:00+01:00",
                    EventHeaders.SUBJECT, key,
                    EventHeaders.CONTENT_TYPE, EventHeaders.APPLICATION_JSON,
                    EventHeaders.TENANT, gemeente)
                    .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get(10, TimeUnit.SECONDS);
        }
    }

    // ---- the API

    public static String data(String organisationId, int year) {
        return "/api/footprints/organisations/" + organisationId + "/years/" + year;
    }

    public static String calculations(String organisationId, int year) {
        return data(organisationId, year) + "/calculations";
    }

    public ResultActions putData(String token, String organisationId, int year, String json) throws Exception {
        return putData(token, organisationId, year, json, null);
    }

    public ResultActions putData(String token, String organisationId, int year, String json, String ifMatch)
            throws Exception {
        MockHttpServletRequestBuilder request = put(data(organisationId, year)).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(json);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.perform(request);
    }

    public ResultActions getData(String token, String organisationId, int year) throws Exception {
        return http.perform(get(data(organisationId, year)).header("Authorization", token));
    }

    public ResultActions calculate(String token, String organisationId, int year) throws Exception {
        return http.perform(post(calculations(organisationId, year)).header("Authorization", token));
    }

    public ResultActions versions(String token, String organisationId, int year) throws Exception {
        return http.perform(get(calculations(organisationId, year)).header("Authorization", token));
    }

    public ResultActions version(String token, String organisationId, int year, int version) throws Exception {
        return http.perform(get(calculations(organisationId, year) + "/" + version).header("Authorization", token));
    }

    public ResultActions estimate(String token, String json) throws Exception {
        return http.perform(post("/api/footprints/estimate").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** Stores the office for {@code organisationId} as a coordinator of {@code gemeente}; returns the ETag. */
    public String storedOffice(String gemeente, String organisationId, int year) throws Exception {
        return putData(bearer(gemeente, "coordinator"), organisationId, year, office())
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("ETag");
    }

    /** Asserts a problem+json with {@code status} and no stack trace. */
    public static ResultActions problem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    public static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    /** A JSON number read exactly enough to compare with {@code isEqualByComparingTo}. */
    public static BigDecimal decimal(String json, String path) {
        Object value = JsonPath.read(json, path);
        return new BigDecimal(String.valueOf(value));
    }
}
