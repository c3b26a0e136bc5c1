package nl.koploper.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * The communication assignment in the portal, in a real browser: a participant hands it in (a missing title and a
 * link without https first, then a file over 1 MB, everything typed kept), with a PDF; the juror opens the link the
 * coordinator gives (and finds the group by name on the start page), reads the hand-in, scores it on the rubric (a criterion forgotten first) and finds the marks again
 * when reopening it. A group the juror is not on, and the jury's pages for a participant, show nothing.
 *
 * <p>Set up through the API: the gemeente, a started group of eight, a second group, one more hand-in and the jury
 * (what the coordinator does on the closing page, which {@link PortalCoordinatorIT} walks).
 */
@ExtendWith(LocalStack.Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(54)
class PortalJuryIT {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Duration EVENTUALLY = Duration.ofMinutes(3);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String PORTAL = "http://localhost:" + StackPorts.portal();

    private static final String[] ORGANISATIONS = {"Bakkerij De Zuurdesem", "Garage De Bougie",
        "Hotel Het Veer", "Drukkerij Inkt", "Kapsalon Schaar", "Installatiebedrijf Warmte",
        "Tuincentrum Blad", "Fietsenmaker Het Wiel"};

    private LocalStack stack;
    private Http http;
    private Browser participant;
    private Browser juror;
    private Path folder;
    private Path tooLarge;

    private final String slug = "jury-" + RUN;
    private String cohortId;
    private String otherCohortId;
    private final List<String> participantIds = new ArrayList<>();

    @BeforeAll
    void aStartedGroupOfEight() throws IOException {
        stack = LocalStack.get();
        http = new Http(stack);
        String admin = stack.issuerToken(null, "platform-admin", "team@koploper.example");
        http.post("/api/gemeenten", admin, """
                {"slug":"%s","displayName":"Gemeente Jury %s","contact":{"name":"Ria Bakker","email":"koplopers@%s.example"},
                 "senderName":"Koplopers Jury","replyTo":"koplopers@%s.example","defaultLocale":"nl"}"""
                .formatted(slug, RUN, slug, slug)).expect(201);
        for (String prefix : List.of("cohorts", "assessments", "footprints", "meetings", "notifications")) {
            await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() ->
                    http.get("/api/" + prefix + "/whoami", coordinatorToken()).status() == 200);
        }
        cohortId = openCohort("Koplopergroep Jury " + RUN);
        otherCohortId = openCohort("Koplopergroep Zonder Jury " + RUN);
        for (int n = 0; n < ORGANISATIONS.length; n++) {
            http.post("/api/public/cohorts/" + slug + "/" + cohortId + "/registrations", null, """
                    {"organisation":{"name":"%s","kvkNumber":"%s","type":"COMPANY","sbiCode":"4520","sizeFte":6,
                      "address":{"street":"Dorpsstraat","houseNumber":"%d","postalCode":"9801 AB","city":"Jurydorp"}},
                     "contact":{"name":"Contact %d","email":"%s","phone":"0594-501234","locale":"nl"},
                     "consentToTerms":true}""".formatted(ORGANISATIONS[n], kvk(n), n + 1, n, email(n))).expect(202);
        }
        for (int n = 0; n < ORGANISATIONS.length; n++) {
            String address = email(n);
            participantIds.add(http.get("/api/cohorts/" + cohortId + "/participants?size=100", coordinatorToken())
                    .expect(200).<List<String>>read("$.content[?(@.contact.email == '" + address + "')].id").get(0));
        }
        Http.Answer cohort = http.get("/api/cohorts/" + cohortId, coordinatorToken()).expect(200);
        http.postIfMatch("/api/cohorts/" + cohortId + "/start", coordinatorToken(), null, cohort.etag())
                .expect2xx();

        Path files = Files.createTempDirectory("koploper-assignment-");
        byte[] pdf = "%PDF-1.4\n% Koploper\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        folder = Files.write(files.resolve("folder.pdf"), pdf);
        tooLarge = Files.write(files.resolve("poster.pdf"), Arrays.copyOf(pdf, 1024 * 1024 + 10));
        participant = new Browser(PORTAL, false);
        juror = new Browser(PORTAL, false);
    }

    @AfterAll
    void closeTheBrowsers() {
        for (Browser browser : new Browser[]{participant, juror}) {
            if (browser != null) {
                browser.close();
            }
        }
        try {
            if (folder != null) {
                Files.deleteIfExists(folder);
                Files.deleteIfExists(tooLarge);
                Files.deleteIfExists(folder.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @Order(1)
    void theParticipantHandsInItsAssignmentWithAFile() {
        participant.signIn(email(0), slug, "participant");
        // The organisation's case opens in assessment-service once it has heard of the start (through Kafka).
        participant.open("/deelnemer/opdracht").reloadUntilShown("Wat wordt er gevraagd?", EVENTUALLY);
        assertThat(participant.text()).contains("U heeft nog niets ingeleverd.", "Helderheid", "Geloofwaardigheid",
                "Bereik", "Originaliteit");
        participant.looksRight("participant-assignment-empty");

        String story = "Wij bakken met graan van boeren uit de buurt en vertellen dat op elke broodzak.";
        participant.type("title", " ").type("text", story).type("links", "www.zuurdesem.example/duurzaam");
        participant.click("Communicatieopdracht inleveren");
        assertThat(participant.errorOf("title")).isEqualTo("Geef uw opdracht een titel.");
        assertThat(participant.errorOf("links")).startsWith("www.zuurdesem.example/duurzaam is geen link.");
        assertThat(participant.value("text")).isEqualTo(story);
        participant.looksRight("participant-assignment-refused");

        participant.type("title", "Brood van hier").type("links", "https://www.zuurdesem.example/duurzaam");
        participant.field("file").sendKeys(tooLarge.toAbsolutePath().toString());
        participant.click("Communicatieopdracht inleveren");
        assertThat(participant.errorOf("file")).startsWith("Dit bestand is groter dan 1 MB.");
        assertThat(participant.value("title")).isEqualTo("Brood van hier");
        assertThat(participant.value("text")).isEqualTo(story);

        participant.field("file").sendKeys(folder.toAbsolutePath().toString());
        participant.click("Communicatieopdracht inleveren");
        assertThat(participant.text()).contains("Uw communicatieopdracht is ingeleverd.", "Brood van hier", story,
                "Bestand: folder.pdf", "(versie 2)", "Nieuwe versie inleveren");
        participant.looksRight("participant-assignment-handed-in");

        participant.open("/deelnemer");
        assertThat(participant.text()).contains("Ingeleverd: bekijken of vervangen");
    }

    @Test
    @Order(2)
    void theJurorScoresTheHandInOnTheRubric() {
        // What others do on their own pages: one more hand-in, and the coordinator names the jury.
        http.put("/api/cohorts/" + cohortId + "/assignments/" + participantIds.get(1),
                stack.issuerToken(slug, "participant", email(1)), """
                {"title":"Elektrisch de wijk in","text":"Onze monteurs rijden elektrisch naar de klant.","links":[]}""")
                .expect2xx();
        http.put("/api/cohorts/" + cohortId + "/jury", coordinatorToken(),
                "{\"jurors\":[\"" + jurorEmail() + "\"]}").expect2xx();

        juror.signIn(jurorEmail(), slug, "jury");
        assertThat(juror.heading()).isEqualTo("Jury");
        // The start page lists the group the juror is on by its name, and only that one.
        assertThat(juror.text()).contains("Koplopergroep Jury " + RUN, "Inleveren kan tot",
                "2 inzendingen, 0 door u beoordeeld.").doesNotContain("Koplopergroep Zonder Jury");
        // The link the coordinator sends still leads straight to the group's hand-ins.
        juror.open("/jury/groepen/" + cohortId);
        assertThat(juror.text()).contains("Koplopergroep Jury " + RUN, "2 inzendingen, 0 door u beoordeeld.", ORGANISATIONS[0], ORGANISATIONS[1],
                "Brood van hier", "Nog niet beoordeeld");
        juror.looksRight("jury-hand-ins");

        juror.click(ORGANISATIONS[0]);
        assertThat(juror.heading()).isEqualTo("Inzending van " + ORGANISATIONS[0]);
        assertThat(juror.text()).contains("Brood van hier", "vertellen dat op elke broodzak",
                "https://www.zuurdesem.example/duurzaam", "Bestand openen: folder.pdf");
        juror.check("clarity-5").check("credibility-4").check("originality-4");
        juror.type("comment", "Eerlijk en dichtbij.");
        juror.click("Beoordeling opslaan");
        assertThat(juror.errorOf("reach")).isEqualTo("Kies een cijfer van 1 tot 5.");
        assertThat(juror.field("clarity-5").isSelected()).isTrue();
        assertThat(juror.value("comment")).isEqualTo("Eerlijk en dichtbij.");
        juror.looksRight("jury-score-refused");

        juror.check("reach-3");
        juror.click("Beoordeling opslaan");
        assertThat(juror.text()).contains("Uw beoordeling van " + ORGANISATIONS[0] + " is opgeslagen: 16 van 20 punten.",
                "2 inzendingen, 1 door u beoordeeld.", "16 van 20");

        juror.click(ORGANISATIONS[0]);
        assertThat(juror.field("clarity-5").isSelected()).isTrue();
        assertThat(juror.field("reach-3").isSelected()).isTrue();
        assertThat(juror.value("comment")).isEqualTo("Eerlijk en dichtbij.");
        juror.looksRight("jury-hand-in");

        juror.open("/jury");
        assertThat(juror.text()).contains("Koplopergroep Jury " + RUN, "2 inzendingen, 1 door u beoordeeld.");
    }

    @Test
    @Order(3)
    void aGroupTheJurorIsNotOnAndTheJurysPagesForAParticipantShowNothing() {
        juror.open("/jury/groepen/" + otherCohortId);
        assertThat(juror.heading()).isIn("Niet gevonden", "Geen toegang");

        participant.open("/jury/groepen/" + cohortId);
        assertThat(participant.heading()).isIn("Niet gevonden", "Geen toegang");
        assertThat(participant.text()).doesNotContain(ORGANISATIONS[1]);
        // Another organisation's file, by changing the id in the address.
        participant.open("/jury/groepen/" + cohortId + "/inzendingen/" + participantIds.get(1) + "/bestand");
        assertThat(participant.heading()).isIn("Niet gevonden", "Geen toegang");
    }

    // ================================================================== helpers

    private String kvk(int n) {
        return "%08d".formatted(Math.abs((RUN + "j" + n).hashCode()) % 100_000_000);
    }

    private String email(int n) {
        return "deelnemer" + n + "@jury-" + RUN + ".example";
    }

    private String jurorEmail() {
        return "jurylid@" + slug + ".example";
    }

    private String coordinatorToken() {
        return stack.issuerToken(slug, "coordinator", "coordinator@" + slug + ".example");
    }

    private String openCohort(String name) {
        String deadline = ZonedDateTime.now(AMSTERDAM).plusDays(90).withNano(0).toOffsetDateTime().toString();
        String assignment = ZonedDateTime.now(AMSTERDAM).plusDays(300).withNano(0).toOffsetDateTime().toString();
        Http.Answer created = http.post("/api/cohorts", coordinatorToken(), """
                {"name":"%s","year":2027,"minimum":8,"maximum":8,"registrationDeadline":"%s","assignmentDeadline":"%s"}"""
                .formatted(name, deadline, assignment)).expect(201);
        String id = created.string("$.id");
        http.postIfMatch("/api/cohorts/" + id + "/open", coordinatorToken(), null, created.etag()).expect2xx();
        return id;
    }
}
