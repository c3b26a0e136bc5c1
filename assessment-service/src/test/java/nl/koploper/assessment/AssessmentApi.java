package nl.koploper.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jwt.SignedJWT;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.koploper.assessment.catalogue.CoreSubject;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.contracts.Topics;
import nl.koploper.contracts.cohort.ContactDetails;
import nl.koploper.contracts.cohort.ParticipantPromoted;
import nl.koploper.contracts.cohort.ParticipantRegistered;
import nl.koploper.contracts.footprint.FootprintCalculated;
import nl.koploper.contracts.golden.GoldenSamples;
import nl.koploper.test.TestTokens;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Drives assessment-service the way its clients and its upstream services do, for the integration tests: tokens per
 * gemeente and role, cohort and footprint events sent to the embedded broker as cohort- and footprint-service publish
 * them, and the common steps (open a case, assign its advisor, plan the visit, record a whole review).
 */
public final class AssessmentApi {

    public static final String CASES = "/api/assessments/cases";
    /** Far enough ahead that every visit is in the future; 2099-06-12 is in summer time (+02:00). */
    public static final String VISIT_START = "2099-06-12T10:00";
    public static final String VISIT_END = "2099-06-12T12:00";

    private final MockMvc http;
    private final String bootstrapServers;

    public AssessmentApi(MockMvc http, String bootstrapServers) {
        this.http = http;
        this.bootstrapServers = bootstrapServers;
    }

    public static String coordinator(String gemeente) {
        return TestTokens.bearer(gemeente, "coordinator");
    }

    public static final String ADVISORS = "/api/assessments/advisors";

    /**
     * An advisor's login: the token, the subject and the e-mail address it carries (the address is in the advisor
     * register, by which the login finds its cases).
     */
    public record Login(String bearer, String subject, String email) {
    }

    /** A new advisor's login, with an address of its own. */
    public static Login advisor(String gemeente) {
        String email = "adviseur-" + UUID.randomUUID().toString().substring(0, 8) + "@advies.example.nl";
        String token = TestTokens.tokenWithEmail(gemeente, email, "advisor");
        return new Login("Bearer " + token, subject(token), email);
    }

    public static String advisorDetailsJson(String name, String email, String organisation) {
        return """
                {"name":"%s","email":"%s","organisation":"%s"}""".formatted(name, email, organisation);
    }

    /** The advisor's entry in the gemeente's register (added by the coordinator when not there yet): its id. */
    public String registered(String gemeente, Login advisor) throws Exception {
        var added = postJson(ADVISORS, coordinator(gemeente),
                advisorDetailsJson("Anne Adviseur", advisor.email(), "Advies Noord")).andReturn().getResponse();
        if (added.getStatus() == 201) {
            return JsonPath.read(added.getContentAsString(StandardCharsets.UTF_8), "$.id");
        }
        String list = read(ADVISORS, coordinator(gemeente)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> ids = JsonPath.read(list, "$[?(@.email == '" + advisor.email() + "')].id");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    public static String participant(String gemeente, String email) {
        return "Bearer " + TestTokens.tokenWithEmail(gemeente, email, "participant");
    }

    public static String subject(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet().getSubject();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- events as cohort- and footprint-service publish them, from their golden samples

    public static String registeredJson(String gemeente, String cohortId, String participantId, String name,
                                        String sbiCode, double fte, String email, boolean waitlisted) {
        return participantEvent(ParticipantRegistered.class, gemeente, cohortId, participantId, name,
                        "Contact " + name, email)
                .with("sbiCode", sbiCode).with("sizeFte", fte).with("waitlisted", waitlisted)
                .with("waitlistPosition", waitlisted ? 1 : null).with("registeredAt", "2099-01-10T10:00:00Z").json();
    }

    /** A placed organisation withdrew or was removed: {@code left} is ParticipantWithdrew or ParticipantRemoved. */
    public static String leftJson(Class<?> left, String gemeente, String cohortId, String participantId) {
        return participantEvent(left, gemeente, cohortId, participantId, "Vertrokken BV", "V", "v@example.nl")
                .with("wasWaitlisted", false).with("reason", "Geen tijd").json();
    }

    public static String promotedJson(String gemeente, String cohortId, String participantId, String email) {
        return participantEvent(ParticipantPromoted.class, gemeente, cohortId, participantId, "Wachter BV",
                        "Wim Wachter", email)
                .with("vacatedBy", "someone").with("promotedAt", "2099-02-01T10:00:00Z").json();
    }

    /** The golden sample of an event about a cohort's participant, with this test's ids, organisation and contact. */
    private static GoldenSamples.Sample<?> participantEvent(Class<?> event, String gemeente, String cohortId,
                                                            String participantId, String organisation,
                                                            String contactName, String email) {
        return GoldenSamples.sample(event).with("tenantId", gemeente).with("cohortId", cohortId)
                .with("cohortName", "Koplopers 2099").with("participantId", participantId)
                .with("organisationName", organisation)
                .with("contact", new ContactDetails(contactName, email, null, "nl"));
    }

    public static String footprintJson(String gemeente, String organisationId, int year, int version,
                                       String electricityKg, String heatKg, String transportKg) {
        return footprint(gemeente, organisationId, year, version, heatKg, electricityKg, transportKg, "1000.5",
                electricityKg, heatKg, transportKg).with("totalLocationBasedKg", 1100).json();
    }

    public static String footprintJson(String gemeente, String organisationId, int year, int version, String scope1,
                                       String scope2, String scope3, String total, String electricity, String heat,
                                       String transport) {
        return footprint(gemeente, organisationId, year, version, scope1, scope2, scope3, total, electricity, heat,
                transport).json();
    }

    /** The golden sample of a footprint of this test's organisation and year, without a benchmark placement. */
    private static GoldenSamples.Sample<FootprintCalculated> footprint(String gemeente, String organisationId, int year,
            int version, String scope1, String scope2, String scope3, String total, String electricity, String heat,
            String transport) {
        Map<String, BigDecimal> perTheme = new LinkedHashMap<>();
        perTheme.put("ELECTRICITY", new BigDecimal(electricity));
        perTheme.put("FUELS_AND_HEAT", new BigDecimal(heat));
        perTheme.put("BUSINESS_TRANSPORT", new BigDecimal(transport));
        return GoldenSamples.sample(FootprintCalculated.class).with("tenantId", gemeente)
                .with("organisationId", organisationId).with("year", year).with("version", version)
                .with("resultId", organisationId + ":" + year + ":" + version).with("factorSetYear", 2026)
                .with("scope1Kg", new BigDecimal(scope1)).with("scope2MarketBasedKg", new BigDecimal(scope2))
                .with("scope2LocationBasedKg", new BigDecimal(scope2)).with("scope3Kg", new BigDecimal(scope3))
                .with("totalMarketBasedKg", new BigDecimal(total)).with("totalLocationBasedKg", new BigDecimal(total))
                .with("perThemeKg", perTheme).with("complete", true).with("preliminary", false)
                .with("calculatedAt", "2099-03-01T10:00:00Z").with("benchmark", null);
    }

    /** Sends one event with its CloudEvents headers; {@code type} is the full event type. */
    public void send(String topic, String gemeente, String key, String eventId, String type, String payload)
            throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
            Map.of(EventHeaders.SPEC_VERSION, EventHeaders.SPEC_VERSION_1_0,
                    EventHeaders.ID, eventId,
                    EventHeaders.SOURCE, "/koploper/test",
                    EventHeaders.TYPE, type,
                    EventHeaders.TIME, "2099-01-10T11:00:00+01:00",
                    EventHeaders.SUBJECT, key,
                    EventHeaders.CONTENT_TYPE, EventHeaders.APPLICATION_JSON,
                    EventHeaders.TENANT, gemeente)
                    .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get(10, TimeUnit.SECONDS);
        }
    }

    public void sendCohortEvent(String gemeente, String cohortId, String eventId, String kind, String payload)
            throws Exception {
        send(Topics.COHORT_EVENTS, gemeente, cohortId, eventId, "nl.koploper.cohort." + kind + ".v1", payload);
    }

    public void sendFootprint(String gemeente, String organisationId, String eventId, String payload) throws Exception {
        send(Topics.FOOTPRINT_EVENTS, gemeente, organisationId, eventId,
                "nl.koploper.footprint.footprint-calculated.v1", payload);
    }

    /** Registers a placed organisation through the cohort event and waits until its case is there; returns its id. */
    public String openCase(String gemeente, String name, String sbiCode, double fte, String email) throws Exception {
        String participantId = UUID.randomUUID().toString();
        sendCohortEvent(gemeente, "cohort-1", UUID.randomUUID().toString(), "participant-registered",
                registeredJson(gemeente, "cohort-1", participantId, name, sbiCode, fte, email, false));
        awaitCase(gemeente, participantId);
        return participantId;
    }

    public void awaitCase(String gemeente, String caseId) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                read(CASES + "/" + caseId, coordinator(gemeente)).andExpect(status().isOk()));
    }

    // ---- HTTP

    public ResultActions perform(MockHttpServletRequestBuilder request, String authorization) throws Exception {
        return http.perform(request.header("Authorization", authorization));
    }

    public ResultActions read(String path, String authorization) throws Exception {
        return http.perform(get(path).header("Authorization", authorization));
    }

    public ResultActions putJson(String path, String authorization, String json) throws Exception {
        return http.perform(put(path).header("Authorization", authorization)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions postJson(String path, String authorization, String json) throws Exception {
        return http.perform(post(path).header("Authorization", authorization)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions postEmpty(String path, String authorization) throws Exception {
        return http.perform(post(path).header("Authorization", authorization));
    }

    public String json(String path, String authorization) throws Exception {
        return read(path, authorization).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    public String etag(String gemeente, String caseId) throws Exception {
        return read(CASES + "/" + caseId, coordinator(gemeente)).andExpect(status().isOk()).andReturn().getResponse()
                .getHeader("ETag");
    }

    /** The body assigning the register's advisor {@code registerId}. */
    public static String advisorJson(String registerId) {
        return """
                {"advisorId":"%s","locale":"nl"}""".formatted(registerId);
    }

    /** The body assigning this login's advisor, registering them first when needed. */
    public String advisorJson(String gemeente, Login advisor) throws Exception {
        return advisorJson(registered(gemeente, advisor));
    }

    public void assign(String gemeente, String caseId, Login advisor) throws Exception {
        putJson(CASES + "/" + caseId + "/advisor", coordinator(gemeente), advisorJson(gemeente, advisor))
                .andExpect(status().isOk());
    }

    public static String visitJson(String start, String end, String location) {
        return """
                {"start":"%s","end":"%s","location":"%s"}""".formatted(start, end, location);
    }

    public void planVisit(String caseId, Login advisor) throws Exception {
        putJson(CASES + "/" + caseId + "/visit", advisor.bearer(),
                visitJson(VISIT_START, VISIT_END, "Industrieweg 1, Groningen")).andExpect(status().isOk());
    }

    /** A bulk review body answering every issue alike from both perspectives. */
    public static String fullReviewJson(String relevance, int maturity) {
        List<String> issues = new ArrayList<>();
        for (String code : CoreSubject.allIssueCodes()) {
            issues.add("""
                    {"code":"%s","internal":{"relevance":"%s","maturity":%d,"notes":"Intern %s"},
                     "productsAndServices":{"relevance":"%s","maturity":%d}}"""
                    .formatted(code, relevance, maturity, code, relevance, maturity));
        }
        return "{\"issues\":[" + String.join(",", issues) + "]}";
    }

    /** A case with an advisor, a planned visit and a complete review: ready for its profile. */
    public void reviewed(String gemeente, String caseId, Login advisor, String relevance, int maturity)
            throws Exception {
        assign(gemeente, caseId, advisor);
        planVisit(caseId, advisor);
        putJson(CASES + "/" + caseId + "/nulmeting", advisor.bearer(), fullReviewJson(relevance, maturity))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVIEWED"));
    }

    /** A reviewed case (all answers alike) with its generated profile published; returns the published profile. */
    public String published(String gemeente, String caseId, Login advisor, String relevance, int maturity)
            throws Exception {
        reviewed(gemeente, caseId, advisor, relevance, maturity);
        postEmpty(CASES + "/" + caseId + "/profiles", advisor.bearer()).andExpect(status().isCreated());
        return postEmpty(CASES + "/" + caseId + "/profiles/1/publish", advisor.bearer()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** A footprint as footprint-service publishes it, with every amount given. */
    /** Reads a PDF's text back, as a reader would see it. */
    public static String pdfText(byte[] pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    public static <T> T at(String json, String path) {
        return JsonPath.read(json, path);
    }

    /** A problem+json answer with this status, carrying no internals. */
    public static ResultActions problem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    public static void assertSameETag(String before, String after) {
        assertThat(after).isEqualTo(before);
    }
}
