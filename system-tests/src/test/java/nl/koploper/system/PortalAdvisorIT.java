package nl.koploper.system;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * The advisor's part of the year in a real browser: the organisation assigned to them, planning the nulmeting visit
 * (a mistake first), the review of the 37 ISO 26000 issues subject by subject (resumed halfway), the profile draft
 * with a recommendation added from the catalogue and one reworded, publishing, and the published profile's PDF; a new
 * version with an own recommendation; the eindmeting started, one answer changed and completed, with its PDF. What
 * comes before (gemeente, cohort, eight registrations, the start, the coordinator assigning the advisor) goes through
 * the API. Afterwards the API shows the profile PUBLISHED and the participant has the mail with the link to the
 * portal's profile page; a case not assigned to this advisor shows nothing of its organisation.
 */
@ExtendWith(LocalStack.Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(52)
class PortalAdvisorIT {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Duration EVENTUALLY = Duration.ofMinutes(3);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String PORTAL = "http://localhost:" + StackPorts.portal();

    private static final String[] ORGANISATIONS = {"Bakkerij De Korenschoof", "Garage Ruiten", "Hotel De Linde",
        "Drukkerij Pers", "Kapsalon Krul", "Installateur Vonk", "Kwekerij Groen", "Fietsenmaker Spaak"};

    private LocalStack stack;
    private Http http;
    private Browser browser;

    private final String slug = "adviseur-" + RUN;
    private final String advisorEmail = "sanne@advies-" + RUN + ".example";
    private String cohortId;
    private final List<String> caseIds = new ArrayList<>();
    private List<Map<String, Object>> subjects;
    private int profileVersion;

    @BeforeAll
    void anOrganisationAssignedToTheAdvisor() {
        stack = LocalStack.get();
        http = new Http(stack);
        String admin = stack.issuerToken(null, "platform-admin", "team@koploper.example");
        http.post("/api/gemeenten", admin, """
                {"slug":"%s","displayName":"Gemeente Adviseur %s","contact":{"name":"Ria Bakker","email":"koplopers@%s.example"},
                 "senderName":"Koplopers Adviseur","replyTo":"koplopers@%s.example","defaultLocale":"nl"}"""
                .formatted(slug, RUN, slug, slug)).expect(201);
        for (String prefix : List.of("cohorts", "assessments", "footprints", "meetings", "notifications")) {
            await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() ->
                    http.get("/api/" + prefix + "/whoami", coordinator()).status() == 200);
        }
        String deadline = ZonedDateTime.now(AMSTERDAM).plusDays(90).withNano(0).toOffsetDateTime().toString();
        String assignment = ZonedDateTime.now(AMSTERDAM).plusDays(300).withNano(0).toOffsetDateTime().toString();
        Http.Answer created = http.post("/api/cohorts", coordinator(), """
                {"name":"Koplopergroep Adviseur %s","year":2027,"minimum":8,"maximum":8,"registrationDeadline":"%s","assignmentDeadline":"%s"}"""
                .formatted(RUN, deadline, assignment)).expect(201);
        cohortId = created.string("$.id");
        http.postIfMatch("/api/cohorts/" + cohortId + "/open", coordinator(), null, created.etag()).expect2xx();
        for (int n = 0; n < ORGANISATIONS.length; n++) {
            http.post("/api/public/cohorts/" + slug + "/" + cohortId + "/registrations", null, """
                    {"organisation":{"name":"%s","kvkNumber":"%08d","type":"COMPANY","sbiCode":"56.10","sizeFte":12.5,
                      "address":{"street":"Hoofdstraat","houseNumber":"%d","postalCode":"9351 AB","city":"Leek"}},
                     "contact":{"name":"Contact %d","email":"%s","phone":"0594 123 456","locale":"nl"},
                     "consentToTerms":true}""".formatted(ORGANISATIONS[n], Math.abs((RUN + n).hashCode()) % 100_000_000,
                    n + 1, n, email(n))).expect(202);
        }
        Http.Answer cohort = http.get("/api/cohorts/" + cohortId, coordinator()).expect(200);
        http.postIfMatch("/api/cohorts/" + cohortId + "/start", coordinator(), null, cohort.etag()).expect2xx();
        for (int n = 0; n < ORGANISATIONS.length; n++) {
            caseIds.add(caseIdOf(email(n)));
        }
        // The coordinator assigns the advisor to the first organisation only.
        http.put("/api/assessments/cases/" + caseIds.get(0) + "/advisor", coordinator(), Http.assignAdvisorJson(
                http.registeredAdvisor(coordinator(), "Sanne Adviseur", advisorEmail, "Adviesbureau Sanne")))
                .expect2xx();
        subjects = http.get("/api/assessments/catalogue/issues", advisor()).expect(200).read("$");
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
    void theAdvisorSeesTheOrganisationAssignedToThem() {
        browser.signIn(advisorEmail, slug, "advisor");
        assertThat(browser.url()).endsWith("/adviseur");
        assertThat(browser.heading()).isEqualTo("Mijn organisaties");
        assertThat(browser.text()).contains(ORGANISATIONS[0], "Nog niet gepland", "Bezoek plannen")
                .doesNotContain(ORGANISATIONS[1]);
        browser.looksRight("advisor-organisations");
        browser.click(ORGANISATIONS[0]);
        assertThat(browser.heading()).isEqualTo(ORGANISATIONS[0]);
        assertThat(browser.text()).contains("Contact 0", email(0), "0594 123 456", "Het bezoek is nog niet gepland.",
                "0 van 74 antwoorden", "Koplopergroep Adviseur " + RUN);
        browser.looksRight("advisor-case");
    }

    @Test
    @Order(2)
    void theAdvisorPlansTheVisitAfterAMistake() {
        browser.open("/adviseur/organisaties/" + caseIds.get(0));
        browser.click("Bezoek plannen");
        assertThat(browser.heading()).isEqualTo("Bezoek aan " + ORGANISATIONS[0]);
        // A day in the past: refused by the service, the Dutch message at the date, everything typed kept.
        typeDate("date", LocalDate.now(AMSTERDAM).minusDays(3));
        pick("startTime", "10:00");
        pick("endTime", "11:30");
        browser.type("location", "Hoofdstraat 1, Leek");
        browser.click("Bezoek plannen");
        browser.screenshot("advisor-visit-refused");
        assertThat(browser.text()).contains("Niet alles is goed ingevuld");
        assertThat(browser.errorOf("date")).isEqualTo("Kies een dag en begintijd in de toekomst.");
        assertThat(browser.value("location")).isEqualTo("Hoofdstraat 1, Leek");
        assertThat(browser.value("startTime")).isEqualTo("10:00");
        assertThat(browser.value("date")).isEqualTo(LocalDate.now(AMSTERDAM).minusDays(3).toString());
        browser.looksRight("advisor-visit-error");

        LocalDate day = LocalDate.now(AMSTERDAM).plusDays(21);
        typeDate("date", day);
        browser.click("Bezoek plannen");
        assertThat(browser.text()).contains("Het bezoek is gepland.", "Hoofdstraat 1, Leek", "10:00 – 11:30");
        browser.looksRight("advisor-visit-planned");
        Map<String, Object> visit = http.get("/api/assessments/cases/" + caseIds.get(0), coordinator()).expect(200)
                .read("$.visit");
        assertThat(String.valueOf(visit.get("start"))).startsWith(day + "T10:00");
        assertThat(visit.get("location")).isEqualTo("Hoofdstraat 1, Leek");
    }

    @Test
    @Order(3)
    void theAdvisorFillsInTheReviewSubjectBySubjectAndResumes() {
        browser.open("/adviseur/organisaties/" + caseIds.get(0));
        browser.click("Nulmeting invullen");
        assertThat(browser.heading()).isEqualTo("6.2 Bestuur van de organisatie");
        assertThat(browser.text()).contains("0 van 74 antwoorden", "Interne bedrijfsvoering", "Producten en diensten",
                "Wie is in uw organisatie eindverantwoordelijk");
        browser.looksRight("advisor-review-first");

        // Relevant but no maturity: the message at that question, the choice kept, nothing lost.
        browser.check("q-6-2-internal-relevance-RELEVANT");
        browser.type("q-6-2-internal-notes", "Directeur is trekker");
        browser.click("Opslaan en verder");
        assertThat(browser.heading()).isEqualTo("6.2 Bestuur van de organisatie");
        assertThat(browser.errorOf("q-6-2-internal-maturity")).isEqualTo("Kies hoe ver de organisatie is (0 tot 4).");
        assertThat(browser.field("q-6-2-internal-relevance-RELEVANT").isSelected()).isTrue();
        assertThat(browser.value("q-6-2-internal-notes")).isEqualTo("Directeur is trekker");
        browser.looksRight("advisor-review-error");

        int answered = 0;
        for (int s = 0; s < subjects.size(); s++) {
            Map<String, Object> subject = subjects.get(s);
            if (s == 3) {
                // Halfway the advisor leaves and comes back: the review resumes at the first unfinished subject.
                browser.open("/adviseur/organisaties/" + caseIds.get(0));
                assertThat(browser.text()).contains(answered + " van 74 antwoorden");
                browser.click("Verder met de nulmeting");
                assertThat(browser.heading()).isEqualTo(subject.get("clause") + " " + subject.get("name"));
            }
            assertThat(browser.heading()).isEqualTo(subject.get("clause") + " " + subject.get("name"));
            assertThat(browser.text()).contains(answered + " van 74 antwoorden");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> issues = (List<Map<String, Object>>) subject.get("issues");
            for (int i = 0; i < issues.size(); i++) {
                String id = "q-" + issues.get(i).get("code").toString().replace('.', '-');
                browser.check(id + "-internal-relevance-" + (i % 3 == 0 ? "VERY_RELEVANT" : "RELEVANT"));
                browser.check(id + "-internal-maturity-" + (i % 5));
                browser.check(id + "-productsAndServices-relevance-RELEVANT");
                browser.check(id + "-productsAndServices-maturity-" + ((i + 2) % 5));
                answered += 2;
            }
            if (s == 4) {
                browser.screenshot("advisor-review-filled");
            }
            browser.click(s < subjects.size() - 1 ? "Opslaan en verder" : "Opslaan en naar het overzicht");
        }
        assertThat(browser.heading()).isEqualTo(ORGANISATIONS[0]);
        assertThat(browser.text()).contains("74 van 74 antwoorden", "Alle 37 onderwerpen zijn beantwoord",
                "Nulmeting klaar");
        Http.Answer reviewed = http.get("/api/assessments/cases/" + caseIds.get(0), coordinator()).expect(200);
        assertThat(reviewed.<Boolean>read("$.nulmeting.complete")).isTrue();
        assertThat(reviewed.string("$.status")).isEqualTo("REVIEWED");
        assertThat(reviewed.<List<String>>read("$.nulmeting.issues[?(@.code == '6.2')].internal.notes"))
                .containsExactly("Directeur is trekker");

        // Opened again, a subject shows the saved answers.
        browser.open("/adviseur/organisaties/" + caseIds.get(0) + "/nulmeting/6.5");
        assertThat(browser.field("q-6-5-3-internal-relevance-VERY_RELEVANT").isSelected()).isTrue();
        assertThat(browser.field("q-6-5-3-productsAndServices-maturity-2").isSelected()).isTrue();
        assertThat(browser.text()).contains("74 van 74 antwoorden", "(8 van 8)");
    }

    @Test
    @Order(4)
    void theAdvisorWritesAndPublishesTheProfile() throws Exception {
        browser.open("/adviseur/organisaties/" + caseIds.get(0));
        browser.click("Conceptprofiel maken");
        assertThat(browser.heading()).isEqualTo("Duurzaamheidsprofiel van " + ORGANISATIONS[0]);
        profileVersion = Integer.parseInt(browser.url().replaceAll(".*/profiel/(\\d+).*", "$1"));
        assertThat(browser.text()).contains("Versie " + profileVersion + " (concept)", "Wat al goed gaat",
                "Wat beter kan", "Aanbevelingen (");
        browser.looksRight("advisor-profile-draft");
        int before = recommendations().size();

        // One from the catalogue.
        WebElement option = browser.field("catalogueId").findElements(By.tagName("option")).get(1);
        String catalogueId = option.getAttribute("value");
        String catalogueTitle = http.get("/api/assessments/catalogue/recommendations", advisor()).expect(200)
                .<List<String>>read("$[?(@.id == '" + catalogueId + "')].title").get(0);
        browser.select("catalogueId", catalogueId).click("Toevoegen");
        assertThat(browser.text()).contains("Toegevoegd: " + catalogueTitle, "Aanbevelingen (" + (before + 1) + ")");
        assertThat(recommendations()).hasSize(before + 1);

        // Reworded for this organisation; an empty title first.
        browser.click("Herformuleren");
        assertThat(browser.heading()).isEqualTo("Aanbeveling herformuleren");
        String description = browser.value("description");
        browser.type("title", " ").click("Opslaan");
        assertThat(browser.errorOf("title")).isEqualTo("Geef de aanbeveling een titel.");
        assertThat(browser.value("description")).isEqualTo(description);
        browser.looksRight("advisor-reword-error");
        String title = "Vervang de oude ovens door elektrische (" + RUN + ")";
        browser.type("title", title).click("Opslaan");
        assertThat(browser.text()).contains("Opgeslagen: " + title, title, "herschreven");
        assertThat(recommendations()).anySatisfy(r -> {
            assertThat(r.get("title")).isEqualTo(title);
            assertThat(r.get("reworded")).isEqualTo(true);
        });

        // The draft's PDF is the preview before publishing, marked as a draft on every page (assessment-service prints
        // it for the case's advisor and the coordinator only); publishing mails the participant.
        String draftPdf = pdfText(pdfBehind("Voorbeeld als PDF"));
        assertThat(draftPdf).contains("CONCEPT \u2014 nog niet gepubliceerd", ORGANISATIONS[0], title);
        browser.click("Publiceren");
        assertThat(browser.text()).contains("Het profiel is gepubliceerd.", "Versie " + profileVersion
                + " (gepubliceerd)", title);
        browser.looksRight("advisor-profile-published");
        assertThat(http.get("/api/assessments/cases/" + caseIds.get(0) + "/profiles/" + profileVersion, coordinator())
                .expect(200).string("$.status")).isEqualTo("PUBLISHED");

        assertThat(pdfText(pdfBehind("Voorbeeld als PDF"))).contains(ORGANISATIONS[0], title)
                .doesNotContain("CONCEPT");

        ReceivedMail mail = await("profile published mail to " + email(0)).atMost(EVENTUALLY)
                .pollInterval(500, MILLISECONDS)
                .until(() -> ReceivedMail.parseInbox(stack.inboxOrEmpty(email(0))).stream()
                        .filter(m -> m.subject().startsWith("Uw Duurzaamheidsprofiel")).findFirst(),
                        Optional::isPresent).orElseThrow();
        assertThat(mail.link("/profiel/" + caseIds.get(0))).hasValueSatisfying(link ->
                assertThat(link).endsWith("/profiel/" + caseIds.get(0)).doesNotContain("/api/"));
    }

    @Test
    @Order(5)
    void theComparisonPageShowsTheBaselineScores() {
        browser.open("/adviseur/organisaties/" + caseIds.get(0));
        browser.click("Eindmeting: vergelijking met de nulmeting");
        assertThat(browser.text()).contains("De eindmeting is nog niet begonnen", "Milieu", "Mensenrechten");
        browser.looksRight("advisor-comparison");
    }

    @Test
    @Order(6)
    void theAdvisorMakesANewVersionWithAnOwnRecommendation() {
        browser.open("/adviseur/organisaties/" + caseIds.get(0));
        browser.click("Nieuwe versie maken van versie " + profileVersion);
        int next = profileVersion + 1;
        assertThat(browser.heading()).isEqualTo("Duurzaamheidsprofiel van " + ORGANISATIONS[0]);
        assertThat(browser.text()).contains("Versie " + next + " is gemaakt als concept, met de inhoud van versie "
                + profileVersion, "Versie " + next + " (concept)", "herschreven");

        // Without a title: the message at the title, the description and the chosen issue kept.
        browser.type("own-description", "Lever de broodresten aan een boer in de buurt als veevoer.");
        browser.unfold("Over welke onderwerpen gaat het? (optioneel, hoogstens 3)").check("own-issue-6-5-3");
        browser.click("Eigen aanbeveling toevoegen");
        assertThat(browser.errorOf("own-title")).isEqualTo("Geef de aanbeveling een titel.");
        assertThat(browser.value("own-description")).isEqualTo(
                "Lever de broodresten aan een boer in de buurt als veevoer.");
        assertThat(browser.field("own-issue-6-5-3").isSelected()).isTrue();
        browser.looksRight("advisor-own-recommendation-error");

        String title = "Broodresten naar de boer (" + RUN + ")";
        browser.type("own-title", title).click("Eigen aanbeveling toevoegen");
        assertThat(browser.text()).contains("Toegevoegd: " + title, "Eigen aanbeveling");
        profileVersion = next;
        assertThat(recommendations()).anySatisfy(r -> {
            assertThat(r.get("title")).isEqualTo(title);
            assertThat(r.get("catalogueId")).isNull();
            assertThat(r.get("issues")).isEqualTo(List.of("6.5.3"));
        });
        browser.click("Publiceren");
        assertThat(browser.text()).contains("Het profiel is gepubliceerd.", "Versie " + next + " (gepubliceerd)");
    }

    @Test
    @Order(7)
    void theAdvisorDoesTheEindmetingAndCompletesIt() throws Exception {
        browser.open("/adviseur/organisaties/" + caseIds.get(0));
        browser.click("Eindmeting beginnen");
        assertThat(browser.heading()).isEqualTo("6.2 Bestuur van de organisatie");
        assertThat(browser.text()).contains("Eindmeting van " + ORGANISATIONS[0], "De eindmeting is begonnen",
                "Bij de nulmeting:", "Directeur is trekker", "74 van 74 antwoorden");
        // The nulmeting's answer is filled in (6.2 internal: maturity 0); the advisor raises it.
        assertThat(browser.field("q-6-2-internal-maturity-0").isSelected()).isTrue();
        browser.looksRight("advisor-eindmeting");
        browser.check("q-6-2-internal-maturity-3");
        browser.click("Opslaan en verder");
        assertThat(browser.heading()).isEqualTo("6.3 Mensenrechten");
        assertThat(http.get("/api/assessments/cases/" + caseIds.get(0) + "/eindmeting", coordinator()).expect(200)
                .<List<Integer>>read("$.issues[?(@.code == '6.2')].internal.maturity")).containsExactly(3);

        browser.open("/adviseur/organisaties/" + caseIds.get(0));
        assertThat(browser.text()).contains("1 antwoord is anders dan bij de nulmeting");
        browser.click("Eindmeting afronden");
        assertThat(browser.errorOf("confirmed")).startsWith("Vink aan dat u alle kernthema's hebt nagelopen");
        browser.check("confirmed").click("Eindmeting afronden");
        assertThat(browser.text()).contains("De eindmeting is afgerond.", "Eindmeting als PDF");
        browser.looksRight("advisor-eindmeting-completed");
        assertThat(http.get("/api/assessments/cases/" + caseIds.get(0) + "/eindmeting", coordinator()).expect(200)
                .string("$.status")).isEqualTo("COMPLETED");
        assertThat(pdfText(pdfBehind("Eindmeting als PDF"))).contains(ORGANISATIONS[0]);
    }

    @Test
    @Order(8)
    void anOrganisationNotAssignedToTheAdvisorShowsNothing() {
        for (String page : List.of("", "/bezoek", "/nulmeting/6.2", "/eindmeting/6.2", "/vergelijking")) {
            browser.open("/adviseur/organisaties/" + caseIds.get(1) + page);
            assertThat(browser.heading()).as(page).isIn("Niet gevonden", "Geen toegang");
            assertThat(browser.text()).as(page).doesNotContain(ORGANISATIONS[1]).doesNotContain(email(1));
        }
        browser.looksRight("advisor-not-found");
        browser.open("/adviseur");
        assertThat(browser.text()).contains(ORGANISATIONS[0]).doesNotContain(ORGANISATIONS[1]);
    }

    // ================================================================== helpers

    /** A day chosen in a date input's picker (what keys type into it depends on the browser's locale). */
    /** The PDF behind the page's link, fetched in the browser's session (Chromium would only show it). */
    private byte[] pdfBehind(String linkText) throws Exception {
        String pdfLink = browser.field("main").findElement(By.partialLinkText(linkText)).getAttribute("href");
        Cookie session = browser.cookie("KOPLOPER_PORTAL");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfLink))
                        .header("Cookie", session.getName() + "=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).as(pdfLink).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        return pdf.body();
    }

    private static String pdfText(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    private void typeDate(String id, LocalDate day) {
        pick(id, day.toString());
    }

    /** Sets a date or time input as its picker does: the value in the input's own ISO format. */
    private void pick(String id, String value) {
        WebElement input = browser.field(id);
        ((org.openqa.selenium.JavascriptExecutor) ((org.openqa.selenium.WrapsDriver) input).getWrappedDriver())
                .executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private List<Map<String, Object>> recommendations() {
        return http.get("/api/assessments/cases/" + caseIds.get(0) + "/profiles/" + profileVersion, advisor())
                .expect(200).read("$.recommendations");
    }

    private String email(int n) {
        return "contact" + n + "@adviseur-" + RUN + ".example";
    }

    private String coordinator() {
        return stack.issuerToken(slug, "coordinator", "coordinator@" + slug + ".example");
    }

    private String advisor() {
        return stack.issuerToken(slug, "advisor", advisorEmail);
    }

    private String caseIdOf(String email) {
        return await("the case of " + email).atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> {
            List<String> ids = http.get("/api/assessments/cases?cohortId=" + cohortId + "&size=100",
                    stack.issuerToken(slug, "participant", email)).expect(200).read("$.content[*].id");
            return ids.isEmpty() ? null : ids.get(0);
        }, java.util.Objects::nonNull);
    }
}
