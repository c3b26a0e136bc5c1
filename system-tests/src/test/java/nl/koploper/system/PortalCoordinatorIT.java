package nl.koploper.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The coordinator's year in the portal, in a real browser: the progress matrix of a started group of eight, assigning
 * an advisor, planning a knowledge session (a mistake first) and moving it, then, after the participants handed in
 * their communication assignments, setting the jury, closing the scoring, granting and announcing the Koploperprijs,
 * giving the organisations their certificates despite the missing nulmeting (with a reason), and completing
 * the year; the certificates with their codes, and one of them checked on the public page. Finally another
 * gemeente's group in the address shows nothing of it.
 *
 * <p>Set up through the API: the gemeenten, the group with its eight registrations and its start, the hand-ins and
 * the juror's scores (what participants and jurors do on their own pages).
 */
@ExtendWith(LocalStack.Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(53)
class PortalCoordinatorIT {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Duration EVENTUALLY = Duration.ofMinutes(3);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String PORTAL = "http://localhost:" + StackPorts.portal();

    private static final String[] ORGANISATIONS = {"Bakkerij De Korenschoof", "Garage Het Stuur",
        "Hotel De Brug", "Drukkerij Letterwerk", "Kapsalon Krul", "Installatiebedrijf Stroom",
        "Tuincentrum Groen", "Fietsenmaker De Ketting"};

    private LocalStack stack;
    private Http http;
    private Browser browser;

    private final String slug = "coord-" + RUN;
    private final String otherSlug = "coord-ander-" + RUN;
    private String cohortId;
    private String cohortName;
    private String otherCohortId;
    private final List<String> participantIds = new ArrayList<>();

    @BeforeAll
    void aStartedGroupOfEight() {
        stack = LocalStack.get();
        http = new Http(stack);
        String admin = stack.issuerToken(null, "platform-admin", "team@koploper.example");
        for (String gemeente : List.of(slug, otherSlug)) {
            http.post("/api/gemeenten", admin, """
                    {"slug":"%s","displayName":"Gemeente Coördinatie %s","contact":{"name":"Ria Bakker","email":"koplopers@%s.example"},
                     "senderName":"Koplopers Coördinatie","replyTo":"koplopers@%s.example","defaultLocale":"nl"}"""
                    .formatted(gemeente, gemeente.equals(slug) ? RUN : "Ander " + RUN, gemeente, gemeente))
                    .expect(201);
            for (String prefix : List.of("cohorts", "assessments", "footprints", "meetings", "notifications")) {
                await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() ->
                        http.get("/api/" + prefix + "/whoami", coordinatorToken(gemeente)).status() == 200);
            }
        }
        cohortName = "Koplopergroep Coördinatie " + RUN;
        cohortId = openCohort(slug, cohortName);
        otherCohortId = openCohort(otherSlug, "Koplopergroep Elders " + RUN);
        for (int n = 0; n < ORGANISATIONS.length; n++) {
            http.post("/api/public/cohorts/" + slug + "/" + cohortId + "/registrations", null, """
                    {"organisation":{"name":"%s","kvkNumber":"%s","type":"COMPANY","sbiCode":"4520","sizeFte":6,
                      "address":{"street":"Dorpsstraat","houseNumber":"%d","postalCode":"9801 AB","city":"Coördorp"}},
                     "contact":{"name":"Contact %d","email":"%s","phone":"0594-501234","locale":"nl"},
                     "consentToTerms":true}""".formatted(ORGANISATIONS[n], kvk(n), n + 1, n, email(n))).expect(202);
        }
        for (int n = 0; n < ORGANISATIONS.length; n++) {
            String address = email(n);
            participantIds.add(http.get("/api/cohorts/" + cohortId + "/participants?size=100",
                    coordinatorToken(slug)).expect(200)
                    .<List<String>>read("$.content[?(@.contact.email == '" + address + "')].id").get(0));
        }
        Http.Answer cohort = http.get("/api/cohorts/" + cohortId, coordinatorToken(slug)).expect(200);
        http.postIfMatch("/api/cohorts/" + cohortId + "/start", coordinatorToken(slug), null, cohort.etag())
                .expect2xx();
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
    void theCoordinatorSeesEveryOrganisationAgainstTheStepsOfTheYear() {
        browser.signIn(coordinatorEmail(slug), slug, "coordinator");
        browser.click(cohortName);
        assertThat(browser.text()).contains("Deelnemers (8)");
        browser.click("Voortgang");
        assertThat(browser.heading()).isEqualTo("Voortgang van " + cohortName);
        // The cases open in assessment-service once it has heard of the start (through Kafka).
        for (String organisation : ORGANISATIONS) {
            browser.reloadUntilShown("Adviseur toewijzen aan " + organisation, EVENTUALLY);
        }
        assertThat(browser.text()).contains(ORGANISATIONS).contains("0 van 8 met een adviseur",
                "0 van 8 nulmetingen klaar", "Nog geen adviseur", "Nog niet gepland", "aanwezig bij 0 van 0");
        browser.looksRight("coordinator-progress");

        // On a phone every cell says what it is about, since the column headings do not fit.
        try (Browser phone = new Browser(PORTAL, true)) {
            phone.signIn(coordinatorEmail(slug), slug, "coordinator");
            phone.open("/coordinator/groepen/" + cohortId + "/voortgang");
            assertThat(phone.text()).contains(ORGANISATIONS[0], "Aangemeld:", "Nulmeting: Nog niet");
            phone.looksRight("coordinator-progress-phone");
        }
    }

    @Test
    @Order(2)
    void theCoordinatorAssignsAnAdvisor() {
        browser.click("Adviseur toewijzen aan " + ORGANISATIONS[0]);
        assertThat(browser.heading()).isEqualTo("Adviseur voor " + ORGANISATIONS[0]);
        browser.type("advisorName", "Sanne Adviseur").type("advisorEmail", "sanne-at-adviesbureau")
                .type("advisorOrganisation", "Adviesbureau Sanne");
        browser.click("Adviseur toewijzen");
        assertThat(browser.errorOf("advisorEmail")).isEqualTo("Vul een e-mailadres in, bijvoorbeeld naam@bedrijf.nl.");
        assertThat(browser.value("advisorName")).isEqualTo("Sanne Adviseur");
        browser.looksRight("coordinator-advisor-error");
        browser.type("advisorEmail", advisorEmail());
        browser.click("Adviseur toewijzen");
        assertThat(browser.text()).contains("Sanne Adviseur is nu de adviseur van " + ORGANISATIONS[0] + ".",
                "1 van 8 met een adviseur", "Andere adviseur voor " + ORGANISATIONS[0]);
        String kase = http.get("/api/assessments/cases?cohortId=" + cohortId + "&size=100", coordinatorToken(slug))
                .expect(200).<List<String>>read("$.content[?(@.participantId == '" + participantIds.get(0)
                        + "')].advisorName").get(0);
        assertThat(kase).isEqualTo("Sanne Adviseur");

        // Sanne is in the gemeente's advisor register now: for the next organisation the coordinator picks her.
        browser.click("Adviseur toewijzen aan " + ORGANISATIONS[1]);
        assertThat(browser.text()).contains("Sanne Adviseur (" + advisorEmail() + ", Adviesbureau Sanne)",
                "Een nieuwe adviseur");
        browser.click("Adviseur toewijzen");
        assertThat(browser.errorOf("choice")).isEqualTo(
                "Kies een adviseur, of kies een nieuwe adviseur en vul naam, e-mailadres en organisatie in.");
        browser.looksRight("coordinator-advisor-choice");
        browser.check("choice-0");
        browser.click("Adviseur toewijzen");
        assertThat(browser.text()).contains("Sanne Adviseur is nu de adviseur van " + ORGANISATIONS[1] + ".",
                "2 van 8 met een adviseur");
    }

    @Test
    @Order(3)
    void theCoordinatorPlansAKnowledgeSessionAndMovesIt() {
        browser.click("Bijeenkomsten");
        browser.click("Nieuwe bijeenkomst plannen");
        assertThat(browser.text()).contains("Uitnodigen (8 deelnemers)", ORGANISATIONS[7]);
        LocalDate day = LocalDate.now(AMSTERDAM).plusDays(30);
        browser.type("title", "Kennissessie energie besparen")
                .type("description", "Wat levert LED-verlichting op? Met een spreker van het energieloket.")
                .type("address", "Bibliotheek, Stationsweg 2, Coördorp");
        typeDate("date", day);
        typeTime("startTime", LocalTime.of(19, 30));
        typeTime("endTime", LocalTime.of(18, 0));
        browser.click("Plannen en uitnodigingen versturen");
        // The end before the start: the platform refuses it, the message stands next to the end time.
        assertThat(browser.errorOf("endTime")).isEqualTo("De eindtijd moet na de begintijd liggen.");
        assertThat(browser.value("title")).isEqualTo("Kennissessie energie besparen");
        assertThat(browser.value("date")).isEqualTo(day.toString());
        assertThat(browser.value("address")).isEqualTo("Bibliotheek, Stationsweg 2, Coördorp");
        browser.looksRight("coordinator-plan-meeting-error");
        assertThat(browser.value("startTime")).isEqualTo("19:30");
        typeTime("endTime", LocalTime.of(21, 30));
        browser.click("Plannen en uitnodigingen versturen");
        assertThat(browser.text()).contains("Kennissessie energie besparen is gepland",
                "Bibliotheek, Stationsweg 2, Coördorp", "8 uitgenodigd");
        browser.looksRight("coordinator-meetings");

        browser.click("Kennissessie energie besparen: verzetten of annuleren");
        assertThat(browser.value("startTime")).isEqualTo("19:30");
        typeDate("date", day.plusDays(7));
        browser.type("address", "Raadhuis, Raadhuisplein 1, Coördorp");
        browser.looksRight("coordinator-reschedule");
        browser.click("Verzetten en iedereen laten weten");
        assertThat(browser.text()).contains("Kennissessie energie besparen is verzet",
                "Raadhuis, Raadhuisplein 1, Coördorp");
        List<Map<String, Object>> sessions = http.get("/api/meetings?cohortId=" + cohortId + "&size=100",
                coordinatorToken(slug)).expect(200).read("$.content[?(@.type == 'KNOWLEDGE_SESSION')]");
        assertThat(sessions).singleElement().satisfies(m -> {
            assertThat(String.valueOf(m.get("start"))).startsWith(day.plusDays(7) + "T19:30");
            assertThat((List<?>) m.get("invitations")).hasSize(8);
        });
    }

    @Test
    @Order(4)
    void theCoordinatorSetsTheJuryGrantsTheAwardAndCompletesTheYear() {
        // What the participants do on their own pages: three hand in their communication assignment.
        for (int n = 0; n < 3; n++) {
            http.put("/api/cohorts/" + cohortId + "/assignments/" + participantIds.get(n),
                    stack.issuerToken(slug, "participant", email(n)), """
                    {"title":"Zo werken wij duurzaam bij %s","text":"Ons verhaal over zonnepanelen en LED.",
                     "links":["https://www.example.nl/%d"]}""".formatted(ORGANISATIONS[n], n)).expect2xx();
        }
        browser.click("Jury en afronding");
        assertThat(browser.text()).contains("Ingeleverde communicatieopdrachten (3)",
                "Zo werken wij duurzaam bij " + ORGANISATIONS[0], "Er is nog geen jury.");
        browser.type("jurors", jurorEmail() + "\nwethouder-zonder-adres");
        browser.click("Jury opslaan");
        assertThat(browser.errorOf("jurors")).startsWith("wethouder-zonder-adres is geen e-mailadres.");
        assertThat(browser.value("jurors")).contains(jurorEmail());
        browser.type("jurors", jurorEmail());
        browser.click("Jury opslaan");
        assertThat(browser.text()).contains("De jury is opgeslagen (1 jurylid).", jurorEmail());

        // What the juror does on the jury's pages: score the three, the first clearly best.
        int[][] marks = {{5, 5, 5, 4}, {4, 3, 3, 3}, {3, 3, 2, 2}};
        String juror = stack.issuerToken(slug, "jury", jurorEmail());
        for (int n = 0; n < 3; n++) {
            http.put("/api/cohorts/" + cohortId + "/assignments/" + participantIds.get(n) + "/score", juror, """
                    {"clarity":%d,"credibility":%d,"reach":%d,"originality":%d,"comment":"Helder"}"""
                    .formatted(marks[n][0], marks[n][1], marks[n][2], marks[n][3])).expect2xx();
        }
        browser.open("/coordinator/groepen/" + cohortId + "/afronding");
        browser.click("Beoordeling sluiten");
        assertThat(browser.text()).contains("De beoordeling is gesloten.", "Ranglijst van de jury",
                ORGANISATIONS[0] + " (plaats 1)");
        browser.looksRight("coordinator-closing-ranking");
        browser.click("Koploperprijs toekennen");
        assertThat(browser.text()).contains("De Koploperprijs gaat naar " + ORGANISATIONS[0] + ".",
                "Nog geheim: alleen u en de jury zien de winnaar.");
        browser.click("Koploperprijs bekendmaken");
        assertThat(browser.text()).contains("De Koploperprijs voor " + ORGANISATIONS[0] + " is bekendgemaakt.");

        // None of the eight had a nulmeting here, so none meets the certificate's criteria: the coordinator gives
        // each its certificate anyway, with a reason (the first remaining form is always the next organisation's).
        assertThat(browser.text()).contains("Voorwaarden voor het certificaat");
        for (int n = 0; n < 8; n++) {
            browser.type("reason-" + n, "Deelname zonder nulmeting op het platform");
            browser.click("Toch certificaat uitreiken");
            assertThat(browser.text()).contains("krijgt toch een certificaat; de reden is vastgelegd.");
        }
        assertThat(browser.text()).contains("Toch uitgereikt, reden: Deelname zonder nulmeting op het platform");
        browser.looksRight("coordinator-certificate-criteria");
        browser.click("Koploperjaar afronden en certificaten uitreiken");
        assertThat(browser.text()).contains("Het Koploperjaar is afgerond.", "Certificaten (8)");
        browser.looksRight("coordinator-certificates");

        List<Map<String, Object>> certificates = http.get("/api/cohorts/" + cohortId + "/certificates",
                coordinatorToken(slug)).expect(200).read("$");
        assertThat(certificates).hasSize(8);
        for (Map<String, Object> certificate : certificates) {
            assertThat(browser.text()).contains(String.valueOf(certificate.get("verificationCode")));
        }
        String code = certificates.stream().filter(c -> participantIds.get(2).equals(c.get("participantId")))
                .map(c -> String.valueOf(c.get("verificationCode"))).findFirst().orElseThrow();
        browser.click(code);
        browser.reloadUntilShown("Dit certificaat is echt.", EVENTUALLY);
        assertThat(browser.text()).contains(ORGANISATIONS[2], cohortName);
        browser.looksRight("coordinator-certificate-check");
        browser.open(PORTAL + "/certificaat/" + code);
        assertThat(browser.text()).contains("Dit certificaat is echt.", ORGANISATIONS[2]);

        browser.open("/coordinator/groepen/" + cohortId + "/voortgang");
        assertThat(browser.text()).contains("8 van 8 certificaten uitgereikt", "3 van 8 opdrachten ingeleverd", code);
    }

    @Test
    @Order(5)
    void anotherGemeentesGroupShowsNothing() {
        for (String page : List.of("/voortgang", "/bijeenkomsten", "/bijeenkomsten/nieuw", "/afronding", "/impact")) {
            browser.open("/coordinator/groepen/" + otherCohortId + page);
            assertThat(browser.text()).as(page).doesNotContain("Koplopergroep Elders");
            assertThat(browser.heading()).as(page).isIn("Niet gevonden", "Geen toegang");
        }
        browser.looksRight("coordinator-other-gemeente");
    }

    @Test
    @Order(6)
    void theCoordinatorWordsTheConfirmationMailAndGoesBackToTheStandardText() {
        browser.open("/coordinator");
        browser.click("E-mailteksten aanpassen");
        assertThat(browser.heading()).isEqualTo("E-mailteksten");
        assertThat(browser.text()).contains("Bevestiging van de aanmelding", "Uitnodiging voor een bijeenkomst");
        browser.looksRight("coordinator-mail-texts");

        browser.open("/coordinator/e-mailteksten/registration-confirmation/nl");
        assertThat(browser.heading()).isEqualTo("Bevestiging aanmelding (Nederlands)");
        assertThat(browser.text()).contains("Uw gemeente gebruikt hier de standaardtekst.", "{{organisation.name}}",
                "De naam van de organisatie van de ontvanger");
        browser.type("subject", "Welkom bij {{cohort.name}}, {{organisatie}}");
        browser.click("Voorbeeld bekijken");
        assertThat(browser.errorOf("subject")).contains("{{organisatie}} bestaat niet in deze e-mail");
        assertThat(browser.value("subject")).isEqualTo("Welkom bij {{cohort.name}}, {{organisatie}}");

        browser.type("subject", "Welkom bij {{cohort.name}}");
        browser.click("Voorbeeld bekijken");
        assertThat(browser.text()).contains("Welkom bij Koplopergroep Westerkwartier 2027",
                "Deze tekst is nog niet opgeslagen.");
        // Only a screenshot: axe cannot look inside the sandboxed preview frame (no scripts run there, by design).
        browser.screenshot("coordinator-mail-text-preview");
        browser.click("Opslaan");
        assertThat(browser.text()).contains("De tekst is opgeslagen.", "Uw gemeente gebruikt hier een eigen tekst.");
        assertThat(browser.value("subject")).isEqualTo("Welkom bij {{cohort.name}}");

        browser.click("Terug naar de standaardtekst");
        assertThat(browser.heading()).isEqualTo("Terug naar de standaardtekst?");
        browser.looksRight("coordinator-mail-text-reset");
        browser.click("Ja, terug naar de standaardtekst");
        assertThat(browser.text()).contains("De eigen tekst is verwijderd", "Uw gemeente gebruikt hier de standaardtekst.");
    }

    @Test
    @Order(7)
    void afterTheYearTheImpactReportAndTheNetwork() {
        browser.open("/coordinator/groepen/" + cohortId + "/afronding");
        browser.click("Wat heeft dit jaar opgeleverd? Bekijk de impactrapportage");
        assertThat(browser.heading()).isEqualTo("Impact van " + cohortName);
        // No footprints were entered in this run: the counts are there, the CO2 comparison says it has nothing yet.
        assertThat(browser.text()).contains("8 deelnemers", "0 van 8 nulmetingen afgerond",
                "Er is nog geen deelnemer met zowel een nulmeting als een eindmeting",
                "Impactrapportage downloaden (PDF)", "Cijfers downloaden voor Excel (CSV)");
        browser.looksRight("coordinator-impact");

        // The eight that finished the year joined the gemeente's network.
        browser.open("/coordinator");
        browser.click("Koplopernetwerk");
        assertThat(browser.heading()).isEqualTo("Koplopernetwerk");
        browser.reloadUntilShown("Leden (8)", EVENTUALLY);
        assertThat(browser.text()).contains(ORGANISATIONS).contains(cohortName + " (2027)");
        browser.looksRight("coordinator-network");

        // A network activity for the members and a guest; a guest line without an address is refused at its field.
        browser.click("Activiteit plannen");
        assertThat(browser.heading()).isEqualTo("Netwerkactiviteit plannen");
        assertThat(browser.text()).contains("Alle leden van het netwerk (8)");
        LocalDate day = LocalDate.now(AMSTERDAM).plusDays(60);
        browser.type("title", "Netwerkontbijt").type("address", "Raadhuis, Raadhuisplein 1, Coördorp")
                .type("guests", "Wethouder Bos");
        typeDate("date", day);
        typeTime("startTime", LocalTime.of(8, 0));
        typeTime("endTime", LocalTime.of(9, 30));
        browser.click("Plannen en uitnodigingen versturen");
        assertThat(browser.errorOf("guests")).startsWith("Regel 1 is geen naam met e-mailadres");
        assertThat(browser.value("title")).isEqualTo("Netwerkontbijt");
        browser.looksRight("coordinator-network-activity-error");
        browser.type("guests", "Wethouder Bos, wethouder@" + slug + ".example");
        browser.click("Plannen en uitnodigingen versturen");
        assertThat(browser.heading()).isEqualTo("Koplopernetwerk");
        assertThat(browser.text()).contains("Netwerkontbijt is gepland", "Raadhuis, Raadhuisplein 1, Coördorp",
                "Netwerkontbijt: verzetten of annuleren");
        List<Map<String, Object>> activities = http.get("/api/meetings?size=100", coordinatorToken(slug)).expect(200)
                .read("$.content[?(@.type == 'NETWORK_ACTIVITY')]");
        assertThat(activities).singleElement().satisfies(m -> assertThat(m.get("cohortId")).isNull());

        // The impact of all the gemeente's groups (here the one).
        browser.click("Impact van alle Koplopergroepen");
        assertThat(browser.heading()).isEqualTo("Impact van alle Koplopergroepen");
        assertThat(browser.text()).contains("8 deelnemers", "Impact van " + cohortName);
        browser.looksRight("coordinator-impact-all");
    }

    // ================================================================== helpers

    /** Types a time into a time input as a person would, on a 24-hour clock or else with AM/PM. */
    private void typeTime(String id, LocalTime time) {
        String expected = time.format(DateTimeFormatter.ofPattern("HH:mm"));
        typeSegments(id, time.format(DateTimeFormatter.ofPattern("HHmm")));
        if (!expected.equals(browser.value(id))) {
            typeSegments(id, time.format(DateTimeFormatter.ofPattern("hhmm")) + (time.getHour() < 12 ? "A" : "P"));
        }
        assertThat(browser.value(id)).isEqualTo(expected);
    }

    /** Into a date or time input: emptied, then typed from its first part on (the arrows lead there). */
    private void typeSegments(String id, String keys) {
        org.openqa.selenium.WebElement input = browser.field(id);
        input.clear();
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.LEFT, org.openqa.selenium.Keys.LEFT,
                org.openqa.selenium.Keys.LEFT));
        input.sendKeys(keys);
    }

    /** Types a day into a date input as a person would, in the order of the fields the browser shows (d-m or m-d). */
    private void typeDate(String id, LocalDate day) {
        typeSegments(id, day.format(DateTimeFormatter.ofPattern("ddMMyyyy")));
        if (!day.toString().equals(browser.value(id))) {
            typeSegments(id, day.format(DateTimeFormatter.ofPattern("MMddyyyy")));
        }
        assertThat(browser.value(id)).isEqualTo(day.toString());
    }

    private String kvk(int n) {
        return "%08d".formatted(Math.abs((RUN + "c" + n).hashCode()) % 100_000_000);
    }

    private String email(int n) {
        return "deelnemer" + n + "@coord-" + RUN + ".example";
    }

    private String advisorEmail() {
        return "sanne@adviseurs-" + RUN + ".example";
    }

    private String jurorEmail() {
        return "jurylid@" + slug + ".example";
    }

    private static String coordinatorEmail(String gemeente) {
        return "coordinator@" + gemeente + ".example";
    }

    private String coordinatorToken(String gemeente) {
        return stack.issuerToken(gemeente, "coordinator", coordinatorEmail(gemeente));
    }

    private String openCohort(String gemeente, String name) {
        String deadline = ZonedDateTime.now(AMSTERDAM).plusDays(90).withNano(0).toOffsetDateTime().toString();
        String assignment = ZonedDateTime.now(AMSTERDAM).plusDays(300).withNano(0).toOffsetDateTime().toString();
        Http.Answer created = http.post("/api/cohorts", coordinatorToken(gemeente), """
                {"name":"%s","year":2027,"minimum":8,"maximum":8,"registrationDeadline":"%s","assignmentDeadline":"%s"}"""
                .formatted(name, deadline, assignment)).expect(201);
        String id = created.string("$.id");
        http.postIfMatch("/api/cohorts/" + id + "/open", coordinatorToken(gemeente), null, created.etag()).expect2xx();
        return id;
    }
}
