package nl.koploper.system;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
import org.openqa.selenium.Cookie;

/**
 * The portal tried as people use it, in a real browser (headless chromium): a gemeente's page takes nine
 * registrations through its form (the ninth to the waiting list), the coordinator signs in, starts the group and
 * confirms the proposed kick-off at a real place, a participant follows the RSVP link from the invitation in the mail
 * server and answers, then signs in and sees its year; the certificate check explains a wrong code. Every page is
 * photographed and checked with axe-core. Then what must not work: another organisation's pages, another gemeente's
 * group, a form without its CSRF token, a session after sign-out.
 *
 * <p>Only the set-up a platform-admin and a coordinator do before the public link exists (registering the gemeente,
 * creating and opening the cohort) goes through the API; everything after it happens in the browser.
 */
@ExtendWith(LocalStack.Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(50)
class PortalIT {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Duration EVENTUALLY = Duration.ofMinutes(3);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String PORTAL = "http://localhost:" + StackPorts.portal();
    private static final HttpClient NO_REDIRECTS = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    private static final String[][] ORGANISATIONS = {
        {"Bakkerij Het Volkoren", "Anne Visser"}, {"Garage De Vlijt", "Gerrit Smit"},
        {"Hotel Het Wapen", "Hanna de Boer"}, {"Drukkerij Noord", "Dirk Mulder"},
        {"Kapsalon Knip", "Kim Bos"}, {"Installatiebedrijf Warmte", "Iris Dijkstra"},
        {"Tuinderij De Kas", "Tom Meijer"}, {"Fietsenmaker Trapper", "Femke de Jong"},
        {"Slagerij Van Dam", "Sander van Dam"}};

    private LocalStack stack;
    private Http http;
    private Browser browser;

    private final String slug = "portaal-" + RUN;
    private final String otherSlug = "portaal-ander-" + RUN;
    private String cohortId;
    private String cohortName;
    private String otherCohortId;
    private String kickOffId;

    @BeforeAll
    void aGemeenteWithAnOpenGroup() {
        stack = LocalStack.get();
        http = new Http(stack);
        String admin = stack.issuerToken(null, "platform-admin", "team@koploper.example");
        for (String gemeente : List.of(slug, otherSlug)) {
            http.post("/api/gemeenten", admin, """
                    {"slug":"%s","displayName":"Gemeente Portaal %s","contact":{"name":"Ria Bakker","email":"koplopers@%s.example"},
                     "senderName":"Koplopers Portaal","replyTo":"koplopers@%s.example","defaultLocale":"nl"}"""
                    .formatted(gemeente, gemeente.equals(slug) ? RUN : "Ander " + RUN, gemeente, gemeente))
                    .expect(201);
            for (String prefix : List.of("cohorts", "assessments", "footprints", "meetings", "notifications")) {
                await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() ->
                        http.get("/api/" + prefix + "/whoami", coordinatorToken(gemeente)).status() == 200);
            }
        }
        cohortId = openCohort(slug, "Koplopergroep Portaal " + RUN);
        cohortName = "Koplopergroep Portaal " + RUN;
        otherCohortId = openCohort(otherSlug, "Koplopergroep Elders " + RUN);
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
    void theStartPageLeadsToSignInAndTheCertificateCheck() {
        browser.open("/");
        assertThat(browser.heading()).isEqualTo("Welkom bij het Koploperproject");
        assertThat(browser.text()).contains("Inloggen", "Certificaat controleren");
        browser.looksRight("start");
        browser.open("/?lang=en");
        assertThat(browser.heading()).contains("Welcome");
        browser.looksRight("start-english");
        browser.open("/?lang=nl");
        assertThat(browser.heading()).isEqualTo("Welkom bij het Koploperproject");
    }

    @Test
    @Order(2)
    void organisationsRegisterThroughTheGemeentePage() {
        browser.open("/gemeenten/" + slug);
        assertThat(browser.heading()).contains("Gemeente Portaal " + RUN);
        assertThat(browser.text()).contains(cohortName, "Nog 8 plaatsen vrij.");
        browser.looksRight("gemeente-page");

        // A first try with mistakes: the Dutch message stands next to the field, and nothing typed is lost.
        browser.click("Aanmelden voor " + cohortName);
        fillRegistration(0);
        browser.type("kvkNumber", "1234").type("postalCode", "abc").type("sizeFte", "veel");
        browser.click("Aanmelden");
        assertThat(browser.text()).contains("Niet alles is goed ingevuld");
        assertThat(browser.errorOf("sizeFte")).isEqualTo("Vul een getal in, bijvoorbeeld 4 of 4,5.");
        assertThat(browser.value("organisationName")).isEqualTo(ORGANISATIONS[0][0]);
        browser.looksRight("registration-local-error");
        browser.type("sizeFte", "4,5");
        browser.click("Aanmelden");
        assertThat(browser.errorOf("kvkNumber")).isEqualTo("Vul de 8 cijfers van het KvK-nummer in, bijvoorbeeld 12345678.");
        assertThat(browser.errorOf("postalCode")).isEqualTo("Vul een Nederlandse postcode in, bijvoorbeeld 9712 AB.");
        assertThat(browser.value("organisationName")).isEqualTo(ORGANISATIONS[0][0]);
        assertThat(browser.value("email")).isEqualTo(email(0));
        assertThat(browser.value("sizeFte")).isEqualTo("4,5");
        browser.looksRight("registration-refused-fields");

        browser.type("kvkNumber", kvk(0)).type("postalCode", "9801 AB");
        browser.click("Aanmelden");
        // The page says the same to everyone: where the organisation stands goes by e-mail only.
        assertThat(browser.text()).contains("Bedankt voor uw aanmelding", "We hebben uw aanmelding ontvangen.",
                "Was uw organisatie al aangemeld? Dan verandert er niets");
        String received = browser.text();
        browser.looksRight("registration-received");

        for (int n = 1; n < ORGANISATIONS.length; n++) {
            browser.open("/gemeenten/" + slug).click("Aanmelden voor " + cohortName);
            fillRegistration(n);
            browser.click("Aanmelden");
            assertThat(browser.text()).as(ORGANISATIONS[n][0]).isEqualTo(received);
        }
        // The one on the waiting list reads its place in the confirmation mail.
        ReceivedMail waiting = await("the waiting list confirmation to " + email(8)).atMost(EVENTUALLY)
                .pollInterval(500, MILLISECONDS)
                .until(() -> mails(email(8)).stream().filter(m -> m.subject().startsWith("Aanmelding ontvangen"))
                        .findFirst(), Optional::isPresent).orElseThrow();
        assertThat(waiting.body()).contains("plaats 1 van de wachtlijst");

        // An organisation registered already, typed in again by someone else, gets the very same page; only its
        // contact on record is told, and the address typed gets nothing.
        browser.open("/gemeenten/" + slug).click("Aanmelden voor " + cohortName);
        fillRegistration(0);
        String someoneElse = "iemand-anders@portaal-" + RUN + ".example";
        browser.type("email", someoneElse);
        browser.click("Aanmelden");
        assertThat(browser.text()).isEqualTo(received);
        await("the repeat notice to " + email(0)).atMost(EVENTUALLY).pollInterval(500, MILLISECONDS)
                .until(() -> mails(email(0)).stream().anyMatch(m -> m.subject().startsWith("Opnieuw aangemeld: ")));
        assertThat(mails(someoneElse)).isEmpty();
        browser.open("/gemeenten/" + slug);
        assertThat(browser.text()).contains("Deze groep is vol: u kunt zich aanmelden voor de wachtlijst.");
    }

    @Test
    @Order(3)
    void theCoordinatorStartsTheGroupAndConfirmsTheKickOff() {
        browser.signIn(coordinatorEmail(slug), slug, "coordinator");
        assertThat(browser.url()).endsWith("/coordinator");
        assertThat(browser.text()).contains("Koplopergroepen", cohortName, "Gemeente Portaal " + RUN);
        browser.looksRight("coordinator-cohorts");
        browser.click(cohortName);
        assertThat(browser.text()).contains("Deelnemers (8)", ORGANISATIONS[0][0], "Wachtlijst",
                ORGANISATIONS[8][0] + " (" + ORGANISATIONS[8][1] + ")");
        // The minimum reached, events-service proposes the kick-off at a place still to be chosen.
        browser.reloadUntilShown("Wat aandacht vraagt", EVENTUALLY);
        browser.looksRight("coordinator-cohort");
        browser.click("Koploperjaar starten");
        assertThat(browser.text()).contains("De groep is gestart");

        browser.click("Plaats kiezen en bevestigen");
        kickOffId = browser.url().replaceAll(".*/bijeenkomsten/([^/]+)/bevestigen.*", "$1");
        assertThat(browser.heading()).startsWith("Startbijeenkomst").endsWith("bevestigen");
        assertThat(browser.value("address")).isEmpty();
        browser.click("Bevestigen en uitnodigingen versturen");
        assertThat(browser.errorOf("address")).isEqualTo("Vul dit veld in.");
        browser.looksRight("confirm-kick-off-error");
        browser.type("address", "Raadhuis, Raadhuisplein 1, Portaaldorp");
        browser.click("Bevestigen en uitnodigingen versturen");
        assertThat(browser.text()).contains("Bevestigd: de uitnodigingen gaan uit (locatie: Raadhuis, Raadhuisplein 1, "
                + "Portaaldorp).");
        assertThat(http.get("/api/meetings/" + kickOffId, coordinatorToken(slug)).expect(200).string("$.status"))
                .isEqualTo("SCHEDULED");
    }

    @Test
    @Order(4)
    void aParticipantAnswersTheInvitationThroughTheLinkInItsMail() {
        ReceivedMail invitation = await("kick-off invitation to " + email(1)).atMost(EVENTUALLY)
                .pollInterval(500, MILLISECONDS)
                .until(() -> mails(email(1)).stream().filter(m -> m.subject().startsWith("Uitnodiging:"))
                        .findFirst(), Optional::isPresent).orElseThrow();
        String link = invitation.link("/rsvp/").orElseThrow();
        assertThat(link).startsWith(PORTAL + "/rsvp/");

        browser.open(link);
        assertThat(browser.heading()).startsWith("Startbijeenkomst");
        assertThat(browser.text()).contains("Beste " + ORGANISATIONS[1][1], "Raadhuis, Raadhuisplein 1, Portaaldorp",
                "U heeft nog niet geantwoord.");
        browser.looksRight("rsvp");
        browser.click("Ik kom");
        assertThat(browser.text()).contains("Bedankt! We hebben genoteerd dat u komt.", "Uw antwoord: u komt.");
        browser.looksRight("rsvp-answered");
        Map<String, Object> meeting = http.get("/api/meetings/" + kickOffId, coordinatorToken(slug)).expect(200)
                .read("$");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> invitations = (List<Map<String, Object>>) meeting.get("invitations");
        assertThat(invitations).filteredOn(i -> email(1).equals(i.get("email")))
                .extracting(i -> i.get("response")).containsExactly("ACCEPTED");

        browser.open("/rsvp/not-a-token");
        assertThat(browser.heading()).isEqualTo("Deze link werkt niet");

        // The same page as a business owner sees it on a phone, from the mail.
        try (Browser phone = new Browser(PORTAL, true)) {
            phone.open(link);
            assertThat(phone.text()).contains("Uw antwoord: u komt.", "Ik kom niet");
            phone.looksRight("rsvp-phone");
        }
    }

    @Test
    @Order(6)
    void theSymposiumPageTakesGuests() {
        java.time.LocalDate day = java.time.LocalDate.now(AMSTERDAM).plusDays(200);
        String symposiumId = http.post("/api/meetings", coordinatorToken(slug), """
                {"cohortId":"%s","type":"SYMPOSIUM","title":"Koplopersymposium Portaal %s",
                 "description":"De afsluiting van het jaar","start":"%sT13:00","end":"%sT17:00",
                 "location":{"address":"Theater De Schouwburg"},"invitees":{"inviteNobody":true}}"""
                .formatted(cohortId, RUN, day, day)).expect(201).string("$.id");
        http.send("PUT", "/api/meetings/" + symposiumId + "/programme", coordinatorToken(slug), """
                {"sessions":[{"start":"%sT13:30","end":"%sT14:15","title":"Terugblik op het jaar",
                              "speakers":[{"name":"Ria Bakker","organisation":"Gemeente Portaal"}]}]}"""
                .formatted(day, day), Map.of()).expect(200);
        browser.open("/symposium/" + slug + "/" + symposiumId);
        assertThat(browser.heading()).isEqualTo("Koplopersymposium Portaal " + RUN);
        assertThat(browser.text()).contains("Theater De Schouwburg", "13:30 – 14:15", "Terugblik op het jaar",
                "Ria Bakker (Gemeente Portaal)");
        browser.type("name", "Henk de Gast").type("email", "henk-at-nergens").click("Aanmelden");
        assertThat(browser.errorOf("email")).isEqualTo("Vul een e-mailadres in, bijvoorbeeld naam@bedrijf.nl.");
        assertThat(browser.value("name")).isEqualTo("Henk de Gast");
        browser.looksRight("symposium-guest-error");
        String guest = "henk@gast-" + RUN + ".example";
        browser.type("email", guest).click("Aanmelden");
        assertThat(browser.text()).contains("De uitnodiging met uw persoonlijke link om te bevestigen is onderweg naar "
                + guest);
        browser.looksRight("symposium");
        ReceivedMail invitation = await("the guest's invitation").atMost(EVENTUALLY).pollInterval(500, MILLISECONDS)
                .until(() -> mails(guest).stream().filter(m -> m.link("/rsvp/").isPresent()).findFirst(),
                        Optional::isPresent).orElseThrow();
        assertThat(invitation.link("/rsvp/").orElseThrow()).startsWith(PORTAL + "/rsvp/");
    }

    @Test
    @Order(5)
    void aParticipantSignsInAndSeesItsYear() {
        signOut();
        browser.signIn(email(0), slug, "participant");
        await("the case of " + email(0)).atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(2)).until(() -> {
            browser.open("/deelnemer");
            return browser.text().contains("Het Koploperjaar van " + ORGANISATIONS[0][0]);
        });
        assertThat(browser.text()).contains(cohortName, "Aanmelding", "Nulmeting (ISO 26000)",
                "Duurzaamheidsprofiel");
        browser.looksRight("participant-my-year");
    }

    @Test
    @Order(8)
    void theCertificateCheckExplainsAWrongCode() {
        browser.open("/certificaat");
        browser.looksRight("certificate-check");
        browser.type("code", "1234").click("Controleren");
        assertThat(browser.text()).contains("Dit is geen geldige code.");
        browser.type("code", "ZZZZ-ZZZZ-ZZZZ-ZZZZ").click("Controleren");
        assertThat(browser.text()).contains("Er is geen certificaat met de code ZZZZ-ZZZZ-ZZZZ-ZZZZ.");
        browser.looksRight("certificate-not-found");
        browser.open("/afmelden?token=kapot");
        assertThat(browser.text()).contains("Deze afmeldlink is niet compleet of niet geldig.");
        browser.looksRight("unsubscribe-invalid");
    }

    @Test
    @Order(7)
    void thePlatformTeamRegistersAndDeactivatesAGemeente() {
        signOut();
        browser.signIn("team@koploper.example", null, "platform-admin");
        assertThat(browser.url()).endsWith("/beheer");
        assertThat(browser.text()).contains("Gemeenten", "Gemeente Portaal " + RUN, "Het hele platform");
        browser.looksRight("admin-gemeenten");
        String newSlug = "portaal-nieuw-" + RUN;
        browser.type("displayName", "Gemeente Nieuw " + RUN).type("slug", "Nieuw Dorp!")
                .type("contactName", "Ria Bakker").type("contactEmail", "ria@" + newSlug + ".example")
                .type("senderName", "Koplopers Nieuw").type("replyTo", "koplopers@" + newSlug + ".example");
        browser.click("Gemeente registreren");
        assertThat(browser.errorOf("slug")).startsWith("Gebruik 2 tot 40 kleine letters");
        assertThat(browser.value("displayName")).isEqualTo("Gemeente Nieuw " + RUN);
        browser.looksRight("admin-register-error");
        browser.type("slug", newSlug).click("Gemeente registreren");
        assertThat(browser.text()).contains("Gemeente Nieuw " + RUN + " is geregistreerd.");
        browser.click("Gemeente Nieuw " + RUN + " deactiveren");
        assertThat(browser.heading()).isEqualTo("Gemeente Nieuw " + RUN + " deactiveren?");
        assertThat(browser.text()).contains("kunnen nog inloggen en alles lezen", "Niemand van de gemeente kan nog");
        browser.looksRight("admin-deactivate-confirm");
        browser.click("Ja, Gemeente Nieuw " + RUN + " deactiveren");
        assertThat(browser.text()).contains("Gemeente Nieuw " + RUN + " is gedeactiveerd");
        assertThat(http.get("/api/gemeenten/" + newSlug, stack.issuerToken(null, "platform-admin",
                "team@koploper.example")).expect(200).<Boolean>read("$.active")).isFalse();
        browser.click("Gemeente Nieuw " + RUN + " weer activeren");
        assertThat(browser.text()).contains("Gemeente Nieuw " + RUN + " is weer actief.");
    }

    // ================================================================== what must not work

    @Test
    @Order(10)
    void aParticipantCannotOpenAnotherOrganisationsPages() {
        signOut();
        browser.signIn(email(0), slug, "participant");
        String otherCase = caseIdOf(email(2));
        for (String page : List.of("/profiel/" + otherCase, "/actieplan/" + otherCase)) {
            browser.open(page);
            assertThat(browser.text()).as(page).doesNotContain(ORGANISATIONS[2][0]);
            assertThat(browser.heading()).as(page).isIn("Niet gevonden", "Geen toegang");
        }
        // Nor the coordinator's pages.
        browser.open("/coordinator/groepen/" + cohortId);
        assertThat(browser.text()).doesNotContain(ORGANISATIONS[3][0]);
        assertThat(browser.heading()).isIn("Niet gevonden", "Geen toegang");
    }

    @Test
    @Order(11)
    void aCoordinatorSeesNothingOfAnotherGemeente() {
        signOut();
        browser.signIn(coordinatorEmail(slug), slug, "coordinator");
        browser.open("/coordinator/groepen/" + otherCohortId);
        assertThat(browser.text()).doesNotContain("Koplopergroep Elders");
        assertThat(browser.heading()).isIn("Niet gevonden", "Geen toegang");
        browser.open("/coordinator");
        assertThat(browser.text()).contains(cohortName).doesNotContain("Koplopergroep Elders");
    }

    @Test
    @Order(12)
    void theSessionCookieIsHttpOnlyAndSameSiteAndAFormWithoutItsCsrfTokenIsRefused() throws Exception {
        Cookie session = browser.cookie("KOPLOPER_PORTAL");
        assertThat(session).as("the portal's session cookie").isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(browser.text()).as("no token in the page").doesNotContain("eyJ");

        // The same signed-in session, a POST without the form's CSRF token: refused, and nothing changes.
        HttpResponse<String> forged = portal("POST", "/coordinator/groepen/" + cohortId + "/starten", session,
                "version=%220%22");
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> signedIn = portal("GET", "/coordinator", session, null);
        assertThat(signedIn.statusCode()).as("the session itself is valid").isEqualTo(200);
    }

    @Test
    @Order(13)
    void signingOutEndsTheSessionAtThePortalAndTheIssuer() throws Exception {
        Cookie session = browser.cookie("KOPLOPER_PORTAL");
        signOut();
        assertThat(browser.heading()).isEqualTo("U bent uitgelogd");
        browser.looksRight("signed-out");
        HttpResponse<String> reused = portal("GET", "/coordinator", session, null);
        assertThat(reused.statusCode()).as("the old session cookie after sign-out").isEqualTo(302);
        assertThat(reused.headers().firstValue("Location").orElse("")).contains("/oauth2/authorization/koploper");
    }

    // ================================================================== helpers

    private void signOut() {
        if (browser.cookie("KOPLOPER_PORTAL") != null && browser.text().contains("Uitloggen")) {
            browser.click("Uitloggen");
        } else {
            browser.open("/");
            if (browser.text().contains("Uitloggen")) {
                browser.click("Uitloggen");
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.url().contains("/uitgelogd")
                || !browser.text().contains("Uitloggen"));
    }

    private void fillRegistration(int n) {
        browser.type("organisationName", ORGANISATIONS[n][0]).type("kvkNumber", kvk(n))
                .select("type", "COMPANY").type("sbiCode", "4520").type("sizeFte", "6")
                .type("street", "Dorpsstraat").type("houseNumber", String.valueOf(n + 1))
                .type("postalCode", "9801 AB").type("city", "Portaaldorp")
                .type("contactName", ORGANISATIONS[n][1]).type("email", email(n)).type("phone", "0594-501234")
                .check("consent");
    }

    private String kvk(int n) {
        return "%08d".formatted(Math.abs((RUN + n).hashCode()) % 100_000_000);
    }

    private String email(int n) {
        return "deelnemer" + n + "@portaal-" + RUN + ".example";
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

    private String caseIdOf(String email) {
        return await("the case of " + email).atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> {
            List<String> ids = http.get("/api/assessments/cases?cohortId=" + cohortId + "&size=100",
                    stack.issuerToken(slug, "participant", email)).expect(200).read("$.content[*].id");
            return ids.isEmpty() ? null : ids.get(0);
        }, java.util.Objects::nonNull);
    }

    private List<ReceivedMail> mails(String address) {
        return ReceivedMail.parseInbox(stack.inboxOrEmpty(address));
    }

    /** A request to the portal outside the browser, carrying only the given session cookie; redirects not followed. */
    private static HttpResponse<String> portal(String method, String path, Cookie session, String form)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PORTAL + path))
                .timeout(Duration.ofSeconds(30))
                .header("Cookie", session.getName() + "=" + session.getValue());
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(form));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return NO_REDIRECTS.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
