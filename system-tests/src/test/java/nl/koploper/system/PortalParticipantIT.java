package nl.koploper.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A participating organisation's contact in a real browser: its consumption data per theme (a mistake first: the
 * Dutch message next to the field, everything typed kept), its CO2 footprint with the numbers computed by hand from
 * the 2026 factor set, a CSV file with a mistake, its DuOn-Agenda (an action from a recommendation of its published
 * profile, then progress), the certificate not yet issued, "my year" with all of it; and what it must not see:
 * another organisation's action plan and profile.
 *
 * <p>Through the API only what comes before the participant's part: a gemeente, a group of 8 that starts, and, as
 * the advisor would, the visit, the 37 issues reviewed and a published profile.
 */
@ExtendWith(LocalStack.Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(51)
class PortalParticipantIT {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Duration EVENTUALLY = Duration.ofMinutes(3);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String PORTAL = "http://localhost:" + StackPorts.portal();
    private static final int YEAR = LocalDate.now(AMSTERDAM).getYear() - 1;
    private static final String[] ORGANISATIONS = {"Bakkerij De Korrel", "Garage Het Anker", "Hotel De Zon",
        "Drukkerij Inkt", "Kapsalon Krul", "Installateur Vonk", "Kwekerij Groen", "Fietsenmaker Spaak"};

    private LocalStack stack;
    private Http http;
    private Browser browser;

    private final String slug = "deelnemer-" + RUN;
    private String cohortId;
    private String caseId;
    private String otherCaseId;
    private String recommendationTitle;

    @BeforeAll
    void aStartedGroupWithAPublishedProfile() {
        stack = LocalStack.get();
        http = new Http(stack);
        String admin = stack.issuerToken(null, "platform-admin", "team@koploper.example");
        http.post("/api/gemeenten", admin, """
                {"slug":"%s","displayName":"Gemeente Deelnemer %s","contact":{"name":"Ria Bakker","email":"koplopers@%s.example"},
                 "senderName":"Koplopers Deelnemer","replyTo":"koplopers@%s.example","defaultLocale":"nl"}"""
                .formatted(slug, RUN, slug, slug)).expect(201);
        for (String prefix : List.of("cohorts", "assessments", "footprints", "meetings", "notifications")) {
            await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() ->
                    http.get("/api/" + prefix + "/whoami", coordinator()).status() == 200);
        }
        String deadline = ZonedDateTime.now(AMSTERDAM).plusDays(90).withNano(0).toOffsetDateTime().toString();
        String assignment = ZonedDateTime.now(AMSTERDAM).plusDays(300).withNano(0).toOffsetDateTime().toString();
        Http.Answer created = http.post("/api/cohorts", coordinator(), """
                {"name":"Koplopergroep Deelnemer %s","year":%d,"minimum":8,"maximum":8,"registrationDeadline":"%s","assignmentDeadline":"%s"}"""
                .formatted(RUN, YEAR + 2, deadline, assignment)).expect(201);
        cohortId = created.string("$.id");
        http.postIfMatch("/api/cohorts/" + cohortId + "/open", coordinator(), null, created.etag()).expect2xx();
        for (int n = 0; n < ORGANISATIONS.length; n++) {
            http.post("/api/public/cohorts/" + slug + "/" + cohortId + "/registrations", null, """
                    {"organisation":{"name":"%s","kvkNumber":"%s","type":"COMPANY","sbiCode":"10.71","sizeFte":12.5,
                      "address":{"street":"Hoofdstraat","houseNumber":"%d","postalCode":"9351 AB","city":"Leek"}},
                     "contact":{"name":"Contact %d","email":"%s","phone":"0594 123 456","locale":"nl"},
                     "consentToTerms":true}""".formatted(ORGANISATIONS[n], kvk(n), n + 1, n, email(n))).expect(202);
        }
        Http.Answer cohort = http.get("/api/cohorts/" + cohortId, coordinator()).expect(200);
        http.postIfMatch("/api/cohorts/" + cohortId + "/start", coordinator(), null, cohort.etag()).expect2xx();
        caseId = caseIdOf(email(0));
        otherCaseId = caseIdOf(email(2));

        // What the advisor does before the participant can plan: the visit, the review, a published profile.
        String kase = "/api/assessments/cases/" + caseId;
        http.put(kase + "/advisor", coordinator(), Http.assignAdvisorJson(http.registeredAdvisor(coordinator(),
                "Sanne Adviseur", advisorEmail(), "Adviesbureau Sanne"))).expect2xx();
        LocalDate visitDay = LocalDate.now(AMSTERDAM).plusDays(14);
        http.put(kase + "/visit", advisor(), """
                {"start":"%sT10:00","end":"%sT11:30","location":"%s, Hoofdstraat 1, Leek"}"""
                .formatted(visitDay, visitDay, ORGANISATIONS[0])).expect2xx();
        List<String> issues = http.get("/api/assessments/catalogue/issues", coordinator()).expect(200)
                .strings("$[*].issues[*].code");
        assertThat(issues).hasSize(37);
        http.put(kase + "/nulmeting", advisor(), reviewJson(issues)).expect2xx();
        Http.Answer draft = http.post(kase + "/profiles", advisor(), null).expect(201);
        int version = draft.<Integer>read("$.version");
        Http.Answer published = http.post(kase + "/profiles/" + version + "/publish", advisor(), null).expect2xx();
        recommendationTitle = published.string("$.recommendations[0].title");
        // footprint-service takes the participant's data once cohort-service's registration event has reached it (a
        // second or two): a PUT refused for its body (400, nothing stored) instead of for an unknown organisation
        // (404) says it has, so the portal's first save below does not meet the 404
        await("footprint-service to know " + ORGANISATIONS[0]).atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1))
                .until(() -> http.put(data(), participant(0), "{\"year\": 1}").status() == 400);
        browser = new Browser(PORTAL, false);
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void myYearLinksToEverythingTheParticipantDoes() {
        browser.signIn(email(0), slug, "participant");
        browser.open("/deelnemer");
        assertThat(browser.heading()).isEqualTo("Het Koploperjaar van " + ORGANISATIONS[0]);
        assertThat(browser.text()).contains("Verbruik van " + YEAR + " invullen", "Mijn CO2-footprint " + YEAR,
                "Mijn DuOn-Agenda (actieplan)", "Mijn certificaat van deelname", "Bekijk mijn Duurzaamheidsprofiel",
                "Bezoek van de adviseur", "Sanne Adviseur");
        browser.looksRight("participant-my-year-start");
    }

    @Test
    @Order(2)
    void consumptionDataWithAMistakeFirstThenTheFootprint() {
        browser.open("/deelnemer").click("Verbruik van " + YEAR + " invullen");
        assertThat(browser.heading()).isEqualTo("Uw verbruik in " + YEAR);
        assertThat(browser.text()).contains("Elektriciteit", "Brandstoffen en warmte", "Zakelijk vervoer",
                "Woon-werkverkeer", "Water", "Afval", "kWh per jaar", "m³ per jaar", "energieleverancier");
        browser.looksRight("participant-consumption-empty");

        browser.type("company-fte", "12,5").type("company-floorAreaM2", "450")
                .type("electricity-boughtKwh-yearTotal", "20.000").type("electricity-greenSharePercent", "150")
                .type("fuelsAndHeat-naturalGasNm3-yearTotal", "3000").type("commuting-carKm-yearTotal", "0");
        browser.click("Opslaan");
        assertThat(browser.text()).contains("Niet alles is goed ingevuld");
        assertThat(browser.errorOf("electricity-greenSharePercent"))
                .isEqualTo("Vul een percentage van 0 tot en met 100 in.");
        assertThat(browser.value("electricity-greenSharePercent")).isEqualTo("150");
        assertThat(browser.value("electricity-boughtKwh-yearTotal")).isEqualTo("20.000");
        assertThat(browser.value("company-fte")).isEqualTo("12,5");
        assertThat(browser.value("commuting-carKm-yearTotal")).isEqualTo("0");
        browser.looksRight("participant-consumption-refused");

        // the refused save stored nothing
        http.get(data(), participant(0)).expectProblem(404);

        browser.type("electricity-greenSharePercent", "50");
        browser.click("Opslaan");
        // The participant stores its own data: the figures typed are the platform's now, under its own e-mail.
        assertThat(browser.text()).contains("Uw gegevens zijn opgeslagen. Bereken nu uw footprint.")
                .doesNotContain("Niet opgeslagen");
        Http.Answer stored = http.get(data(), participant(0)).expect(200);
        assertThat(stored.string("$.data.contactEmail")).isEqualTo(email(0));
        assertThat(new BigDecimal(stored.string("$.data.company.fte"))).isEqualByComparingTo("12.5");
        assertThat(new BigDecimal(stored.string("$.data.company.floorAreaM2"))).isEqualByComparingTo("450");
        assertThat(new BigDecimal(stored.string("$.data.electricity.boughtKwh.yearTotal")))
                .isEqualByComparingTo("20000");
        assertThat(new BigDecimal(stored.string("$.data.electricity.greenSharePercent"))).isEqualByComparingTo("50");
        assertThat(new BigDecimal(stored.string("$.data.fuelsAndHeat.naturalGasNm3.yearTotal")))
                .isEqualByComparingTo("3000");
        assertThat(new BigDecimal(stored.string("$.data.commuting.carKm.yearTotal"))).isEqualByComparingTo("0");
        browser.looksRight("participant-consumption-saved");

        browser.click("Bereken mijn footprint");
        // 20,000 kWh at 50 % green x 0.483 (grey) = 4,830 kg; 3,000 m3 gas x 2.134 = 6,402 kg (2026 factor set);
        // location-based 20,000 x 0.328 = 6,560 kg.
        String page = browser.text();
        assertThat(page).contains("Uw footprint is berekend.", "Hieronder staat de laatste berekening.");
        assertThat(page).contains("Uw CO2-footprint over " + YEAR, "11,2", "ton CO2-equivalent",
                "Elektriciteit: 4,8 t", "Brandstoffen en warmte: 6,4 t", "Scope 1: 6,4 t",
                "Scope 2 (marktgebaseerd): 4,8 t", "Scope 2 (locatiegebaseerd): 6,6 t", "Scope 3: 0,0 t",
                "locatiegebaseerd) is het 13,0 ton", "Vergeleken met uw branche");
        // The same numbers as the platform's own answer: the version the participant's calculation stored.
        Map<String, Object> totals = http.get(data() + "/calculations/1", participant(0)).expect(200)
                .read("$.totals");
        assertThat(new BigDecimal(totals.get("totalMarketBasedKg").toString())).isEqualByComparingTo("11232");
        browser.looksRight("participant-footprint");
    }

    @Test
    @Order(3)
    void aCsvFileWithAMistakeIsExplainedByLine() throws IOException {
        browser.open("/deelnemer/co2/" + YEAR);
        assertThat(browser.value("electricity-boughtKwh-yearTotal")).isEqualTo("20000");
        assertThat(browser.text()).contains("Download mijn gegevens van " + YEAR + " als CSV");
        Path file = Files.createTempFile("verbruik-", ".csv");
        Files.writeString(file, "field;value;preliminary\nyear;" + YEAR + ";\nelectricity.boughtKwh;veel;\n",
                StandardCharsets.UTF_8);
        browser.field("file").sendKeys(file.toString());
        browser.click("Bestand inlezen");
        assertThat(browser.text()).contains("Het bestand is niet ingelezen", "Regel 3");
        browser.looksRight("participant-csv-refused");
        // nothing of the file was stored
        assertThat(new BigDecimal(http.get(data(), participant(0)).expect(200)
                .string("$.data.electricity.boughtKwh.yearTotal"))).isEqualByComparingTo("20000");
        Files.deleteIfExists(file);
    }

    @Test
    @Order(4)
    void anActionFromARecommendationAndItsProgress() {
        browser.open("/deelnemer").click("Mijn DuOn-Agenda (actieplan)");
        assertThat(browser.text()).contains("Aanbevelingen uit uw Duurzaamheidsprofiel", recommendationTitle,
                "Er staan nog geen acties in uw DuOn-Agenda.");
        browser.looksRight("participant-action-plan-empty");
        String recommendationId = http.get("/api/assessments/cases/" + caseId + "/profiles/1", participant(0))
                .expect(200).string("$.recommendations[0].id");
        String owner = "add-" + recommendationId + "-owner";
        browser.type(owner, " ");
        browser.click("Zet in mijn DuOn-Agenda");
        assertThat(browser.errorOf(owner)).isEqualTo("Vul dit veld in.");
        browser.looksRight("participant-action-refused");
        browser.type(owner, "Anne de Bakker");
        browser.click("Zet in mijn DuOn-Agenda");
        assertThat(browser.text()).contains("De actie staat in uw DuOn-Agenda.", recommendationTitle, "Gepland",
                "Anne de Bakker");

        String actionId = http.get("/api/assessments/cases/" + caseId + "/action-plan", participant(0)).expect(200)
                .string("$.actions[0].id");
        browser.select("progress-" + actionId + "-status", "IN_PROGRESS")
                .type("progress-" + actionId + "-note", "Offertes aangevraagd bij twee installateurs");
        browser.click("Bijwerken");
        assertThat(browser.text()).contains("is bijgewerkt", "Bezig", "Offertes aangevraagd bij twee installateurs");
        browser.looksRight("participant-action-plan-progress");
        assertThat(http.get("/api/assessments/cases/" + caseId + "/action-plan", coordinator()).expect(200)
                .strings("$.actions[*].status")).containsExactly("IN_PROGRESS");
    }

    @Test
    @Order(5)
    void myYearShowsTheStepsAndTheCertificateIsNotYetThere() {
        browser.open("/deelnemer");
        // The calculation reaches the case through FootprintCalculated (Kafka).
        browser.reloadUntilShown("11,2", EVENTUALLY);
        assertThat(browser.text()).contains("Uw jaar stap voor stap", "Duurzaamheidsprofiel",
                "DuOn-Agenda (actieplan)", "CO2-footprint " + YEAR, "11,2");
        browser.looksRight("participant-my-year");
        browser.click("Mijn certificaat van deelname");
        assertThat(browser.text()).contains("Uw certificaat is nog niet uitgereikt.");
        browser.looksRight("participant-no-certificate");
        browser.open("/deelnemer/co2/" + YEAR + "?lang=en");
        assertThat(browser.heading()).isEqualTo("Your consumption in " + YEAR);
        browser.looksRight("participant-consumption-english");
        browser.open("/deelnemer?lang=nl");
    }

    @Test
    @Order(6)
    void theFootprintAndTheFormOnAPhone() {
        try (Browser phone = new Browser(PORTAL, true)) {
            phone.signIn(email(0), slug, "participant");
            phone.open("/deelnemer/co2/" + YEAR + "/footprint");
            assertThat(phone.text()).contains("11,2", "Scope 1: 6,4 t");
            phone.looksRight("participant-footprint-phone");
            phone.open("/deelnemer/co2/" + YEAR);
            assertThat(phone.text()).contains("kWh per jaar");
            phone.looksRight("participant-consumption-phone");
        }
    }

    @Test
    @Order(10)
    void anotherOrganisationsCaseInTheAddressShowsNothingOfIt() {
        for (String page : List.of("/actieplan/" + otherCaseId, "/profiel/" + otherCaseId)) {
            browser.open(page);
            assertThat(browser.text()).as(page).doesNotContain(ORGANISATIONS[2]);
            assertThat(browser.heading()).as(page).isIn("Niet gevonden", "Geen toegang");
        }
    }

    // ================================================================== helpers

    /** The participant's consumption data of YEAR in footprint-service (its organisation id is the case's). */
    private String data() {
        return "/api/footprints/organisations/" + caseId + "/years/" + YEAR;
    }

    private String reviewJson(List<String> codes) {
        String issues = IntStream.range(0, codes.size()).mapToObj(n -> """
                {"code":"%s","internal":{"relevance":"%s","maturity":%d,"notes":"besproken"},
                 "productsAndServices":{"relevance":"RELEVANT","maturity":%d,"notes":"-"}}"""
                .formatted(codes.get(n), n % 3 == 0 ? "VERY_RELEVANT" : "RELEVANT", n % 4, n % 3))
                .collect(Collectors.joining(","));
        return "{\"issues\":[" + issues + "]}";
    }

    private String caseIdOf(String email) {
        return await("the case of " + email).atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> {
            List<String> ids = http.get("/api/assessments/cases?size=100", stack.issuerToken(slug, "participant",
                    email)).expect(200).strings("$.content[*].id");
            return ids.isEmpty() ? null : ids.get(0);
        }, Objects::nonNull);
    }

    private String kvk(int n) {
        return "%08d".formatted(Math.abs((RUN + "deelnemer" + n).hashCode()) % 100_000_000);
    }

    private String email(int n) {
        return "contact" + n + "@deelnemer-" + RUN + ".example";
    }

    private String coordinator() {
        return stack.issuerToken(slug, "coordinator", "coordinator@" + slug + ".example");
    }

    private String advisorEmail() {
        return "adviseur@" + slug + ".example";
    }

    private String advisor() {
        return stack.issuerToken(slug, "advisor", advisorEmail());
    }

    private String participant(int n) {
        return stack.issuerToken(slug, "participant", email(n));
    }
}
