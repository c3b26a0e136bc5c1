package nl.koploper.cohort.certificate;

import static nl.koploper.cohort.CohortApi.contactEmail;
import static nl.koploper.cohort.CohortApi.participantBearer;
import static nl.koploper.cohort.CohortApi.problem;
import static nl.koploper.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koploper.cohort.AssessmentFacts;
import nl.koploper.cohort.CohortApi;
import nl.koploper.contracts.Topics;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.PublishedEvents;
import nl.koploper.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Completing a cohort over HTTP: certificates for the participants that finished (the PDF read back and its code
 * confirmed by the public endpoint), and the gemeente's network with its joined and left events. Also who may
 * download, another gemeente, and bad input.
 */
@KoploperIntegrationTest
class CompletionCertificatesNetworkIT extends ServiceIntegrationTest {

    private static final Pattern CODE_ON_PDF = Pattern.compile("Verificatiecode: ([0-9A-Z-]{19})");

    CohortApi api;
    String gemeente;
    String coordinator;
    String cohortId;
    List<String> participants = new ArrayList<>();

    /** Four registered, the third withdraws, then start and complete: three finished. */
    @BeforeEach
    void aCompletedCohortWithThreeThatFinished() throws Exception {
        api = new CohortApi(http);
        gemeente = gemeenten.newGemeente("cert");
        coordinator = bearer(gemeente, "coordinator");
        cohortId = api.openCohort(gemeente, 1, 15);
        for (int n = 1; n <= 4; n++) {
            participants.add(api.register(gemeente, cohortId, n));
        }
        http.perform(post("/api/cohorts/" + cohortId + "/start").header("Authorization", coordinator))
                .andExpect(status().isOk());
        api.postJson("/api/cohorts/" + cohortId + "/participants/" + participants.get(2) + "/withdraw",
                participantBearer(gemeente, contactEmail(3)), "{\"reason\":\"Geen tijd meer\"}")
                .andExpect(status().isOk());
        new AssessmentFacts(http, bootstrapServers).allStepsDone(gemeente, cohortId,
                List.of(participants.get(0), participants.get(1), participants.get(3)));
        http.perform(post("/api/cohorts/" + cohortId + "/complete").header("Authorization", coordinator))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"));
    }

    String certificatePath(int index) {
        return "/api/cohorts/" + cohortId + "/certificates/" + participants.get(index) + ".pdf";
    }

    @Test
    void eachParticipantThatFinishedGetsADutchCertificateWhoseCodeVerifies() throws Exception {
        http.perform(get("/api/cohorts/" + cohortId + "/certificates").header("Authorization", coordinator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[*].participantId").value(org.hamcrest.Matchers.containsInAnyOrder(
                        participants.get(0), participants.get(1), participants.get(3))))
                .andExpect(jsonPath("$[0].downloadPath").value(certificatePath(0)));

        byte[] pdf = http.perform(get(certificatePath(1))
                        .header("Authorization", participantBearer(gemeente, contactEmail(2))))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        String text = CertificatePdfTest.text(pdf);
        assertThat(text).contains("Certificaat van deelname", "Organisatie 10000002", "Gemeente " + gemeente,
                "Koplopers " + gemeente, "heeft deelgenomen aan het Koploperproject");
        Matcher code = CODE_ON_PDF.matcher(text);
        assertThat(code.find()).as("a verification code on the certificate: %s", text).isTrue();
        // Where to check it: the portal's page (the local default public base URL), never the API.
        assertThat(text).contains("Controleer dit certificaat op http://localhost:8070/certificaat/"
                + code.group(1).replace("-", "")).doesNotContain("/api/");

        // Anyone confirms the printed code (also typed in lower case), and learns only what the certificate shows.
        String verified = http.perform(get("/api/public/certificates/" + code.group(1).toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisationName").value("Organisatie 10000002"))
                .andExpect(jsonPath("$.cohortName").value("Koplopers " + gemeente))
                .andExpect(jsonPath("$.gemeenteName").value("Gemeente " + gemeente))
                .andExpect(jsonPath("$.issuedOn").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        assertThat(verified).doesNotContain(contactEmail(2)).doesNotContain(participants.get(1))
                .doesNotContain(gemeente + "\",\"tenant");

        // The coordinator downloads the same certificate: the same code.
        String again = CertificatePdfTest.text(http.perform(get(certificatePath(1)).header("Authorization", coordinator))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(again).contains(code.group(1));

        // The certificate events carry the code, the contact and where to download.
        String issued = published(Topics.COHORT_EVENTS, cohortId).payloads("certificate-issued.v1", 3).stream()
                .filter(json -> participants.get(1).equals(JsonPath.read(json, "$.participantId")))
                .findFirst().orElseThrow();
        assertThat((String) JsonPath.read(issued, "$.verificationCode")).isEqualTo(code.group(1).replace("-", ""));
        assertThat((String) JsonPath.read(issued, "$.contact.email")).isEqualTo(contactEmail(2));
        assertThat((String) JsonPath.read(issued, "$.downloadPath")).isEqualTo(certificatePath(1));
    }

    @Test
    void theGemeentesLogoIsFetchedOnCompletionAndPrintedOnItsCertificates() throws Exception {
        byte[] logo = CertificatePdfTest.png();
        com.sun.net.httpserver.HttpServer site = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("localhost", 0), 0);
        java.util.concurrent.atomic.AtomicInteger fetched = new java.util.concurrent.atomic.AtomicInteger();
        site.createContext("/logo.png", exchange -> {
            fetched.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, logo.length);
            exchange.getResponseBody().write(logo);
            exchange.close();
        });
        site.start();
        try {
            // The registry takes a profile as cohort-service publishes it; the test's site is plain http on localhost.
            String withLogo = gemeenten.newGemeente("logo");
            nl.koploper.contracts.tenant.GemeenteProfile current = gemeenten.profile(withLogo).orElseThrow();
            gemeenten.apply(new nl.koploper.contracts.tenant.GemeenteProfile(withLogo, current.displayName(),
                    current.contactName(), current.contactEmail(), current.senderName(), current.replyTo(),
                    "http://localhost:" + site.getAddress().getPort() + "/logo.png", "nl", true,
                    current.revision() + 1));
            String itsCoordinator = bearer(withLogo, "coordinator");
            String cohort = api.openCohort(withLogo, 1, 15);
            String participant = api.register(withLogo, cohort, 1);
            http.perform(post("/api/cohorts/" + cohort + "/start").header("Authorization", itsCoordinator))
                    .andExpect(status().isOk());
            new AssessmentFacts(http, bootstrapServers).allStepsDone(withLogo, cohort, List.of(participant));
            http.perform(post("/api/cohorts/" + cohort + "/complete").header("Authorization", itsCoordinator))
                    .andExpect(status().isOk());

            for (int download = 0; download < 2; download++) {
                byte[] pdf = http.perform(get("/api/cohorts/" + cohort + "/certificates/" + participant + ".pdf")
                                .header("Authorization", itsCoordinator))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
                assertThat(CertificatePdfTest.images(pdf)).containsExactly("120x40");
            }
            assertThat(fetched).hasValue(1); // once, on completion; downloads print the kept copy
        } finally {
            site.stop(0);
        }
        // The gemeente of this class's own cohort has no logo: its certificates have no image.
        byte[] plain = http.perform(get(certificatePath(0)).header("Authorization", coordinator))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(CertificatePdfTest.images(plain)).isEmpty();
    }

    @Test
    void aParticipantThatDidNotFinishHasNoCertificateAndOthersCannotDownloadOnes() throws Exception {
        problem(http.perform(get(certificatePath(2)).header("Authorization", coordinator)), 404);
        problem(http.perform(get(certificatePath(0))
                .header("Authorization", participantBearer(gemeente, contactEmail(2)))), 404);
        problem(http.perform(get(certificatePath(0)).header("Authorization", bearer(gemeente, "jury"))), 403);
        problem(http.perform(get("/api/cohorts/" + cohortId + "/certificates")
                .header("Authorization", participantBearer(gemeente, contactEmail(1)))), 403);
    }

    @Test
    void theVerificationRefusesWhatCannotBeACodeAndDoesNotKnowAnUnknownOne() throws Exception {
        problem(http.perform(get("/api/public/certificates/not-a-code")), 400)
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        problem(http.perform(get("/api/public/certificates/0000-0000-0000-0000")), 404);
    }

    @Test
    void anotherGemeenteFindsNoCertificatesAndNoNetwork() throws Exception {
        String other = gemeenten.newGemeente("ander");
        problem(http.perform(get("/api/cohorts/" + cohortId + "/certificates")
                .header("Authorization", bearer(other, "coordinator"))), 404);
        problem(http.perform(get(certificatePath(0)).header("Authorization", bearer(other, "coordinator"))), 404);
        problem(http.perform(get(certificatePath(0))
                .header("Authorization", participantBearer(other, contactEmail(1)))), 404);
        http.perform(get("/api/cohorts/network").header("Authorization", bearer(other, "coordinator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(0))
                .andExpect(jsonPath("$.totalElements").value(0));
        String member = memberIdOf(contactEmail(1));
        problem(api.postJson("/api/cohorts/network/" + member + "/remove", bearer(other, "coordinator"),
                "{\"reason\":\"Overname\"}"), 404);
        problem(http.perform(post("/api/cohorts/network/" + member + "/leave")
                .header("Authorization", participantBearer(other, contactEmail(1)))), 404);
        http.perform(get("/api/cohorts/network").header("Authorization", coordinator))
                .andExpect(jsonPath("$.totalElements").value(3));
    }

    String memberIdOf(String email) throws Exception {
        String list = http.perform(get("/api/cohorts/network").header("Authorization", coordinator))
                .andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(list, "$.content[?(@.contactEmail == '" + email + "')].id");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    @Test
    void theParticipantsThatFinishedJoinTheNetworkAndCanLeaveIt() throws Exception {
        http.perform(get("/api/cohorts/network").header("Authorization", coordinator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.content[*].organisationName").value(org.hamcrest.Matchers.contains(
                        "Organisatie 10000001", "Organisatie 10000002", "Organisatie 10000004")))
                .andExpect(jsonPath("$.content[0].cohortId").value(cohortId))
                .andExpect(jsonPath("$.content[0].status").value("ACTIVE"));
        String first = memberIdOf(contactEmail(1));
        String second = memberIdOf(contactEmail(2));

        // A participant sees its own membership only, and cannot make another member leave.
        http.perform(get("/api/cohorts/network").header("Authorization", participantBearer(gemeente, contactEmail(1))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].id").value(first));
        problem(http.perform(post("/api/cohorts/network/" + second + "/leave")
                .header("Authorization", participantBearer(gemeente, contactEmail(1)))), 404);

        http.perform(post("/api/cohorts/network/" + first + "/leave")
                        .header("Authorization", participantBearer(gemeente, contactEmail(1))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("LEFT"));
        problem(http.perform(post("/api/cohorts/network/" + first + "/leave")
                .header("Authorization", participantBearer(gemeente, contactEmail(1)))), 409)
                .andExpect(jsonPath("$.rule").value("network-member-not-active"));
        api.postJson("/api/cohorts/network/" + second + "/remove", coordinator, "{\"reason\":\"Bedrijf gestopt\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REMOVED"))
                .andExpect(jsonPath("$.leaveReason").value("Bedrijf gestopt"));

        http.perform(get("/api/cohorts/network").header("Authorization", coordinator))
                .andExpect(jsonPath("$.totalElements").value(1));
        http.perform(get("/api/cohorts/network").param("includeFormer", "true").header("Authorization", coordinator))
                .andExpect(jsonPath("$.totalElements").value(3));

        // Completing again is refused, and admits nobody twice.
        problem(http.perform(post("/api/cohorts/" + cohortId + "/complete").header("Authorization", coordinator)), 409);
        http.perform(get("/api/cohorts/network").param("includeFormer", "true").header("Authorization", coordinator))
                .andExpect(jsonPath("$.totalElements").value(3));

        List<String> joined = published(Topics.COHORT_EVENTS, first).payloads("network-member-joined.v1", 1);
        assertThat((String) JsonPath.read(joined.get(0), "$.contact.email")).isEqualTo(contactEmail(1));
        assertThat((String) JsonPath.read(joined.get(0), "$.cohortId")).isEqualTo(cohortId);
        List<String> left = published(Topics.COHORT_EVENTS, second).payloads("network-member-left.v1", 1);
        assertThat((Boolean) JsonPath.read(left.get(0), "$.removedByCoordinator")).isTrue();
        assertThat((String) JsonPath.read(left.get(0), "$.reason")).isEqualTo("Bedrijf gestopt");
    }

    @Test
    void networkBadInputAndRolesAreRefused() throws Exception {
        String member = memberIdOf(contactEmail(4));
        problem(api.postJson("/api/cohorts/network/" + member + "/remove", coordinator, "{\"reason\":\" \"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        problem(api.postJson("/api/cohorts/network/" + member + "/remove", coordinator,
                "{\"reason\":\"" + "x".repeat(1001) + "\"}"), 400);
        problem(http.perform(get("/api/cohorts/network").param("size", "0").header("Authorization", coordinator)), 400);
        problem(http.perform(get("/api/cohorts/network").header("Authorization", bearer(gemeente, "jury"))), 403);
        problem(api.postJson("/api/cohorts/network/" + member + "/remove",
                participantBearer(gemeente, contactEmail(4)), "{\"reason\":\"Zelf\"}"), 403);
        problem(http.perform(post("/api/cohorts/network/" + member + "/leave").header("Authorization", coordinator)),
                403);
        http.perform(get("/api/cohorts/network").header("Authorization", coordinator))
                .andExpect(jsonPath("$.totalElements").value(3));
    }
}
