package nl.koploper.system;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The Koploper year end to end on the running platform, for two gemeenten side by side, through the gateway
 * only, as their coordinators, advisors, participants, jurors and the public would do it; what they receive is read
 * from the mail server. Each step is one test method, in order, so a failure names the step of the year that broke;
 * the steps after a failed one are skipped (they would only fail for the same reason).
 *
 * <p>Every run registers its own gemeenten (slugs with a run id), so a rerun on the kept data of an earlier run starts
 * a fresh year. After each step that makes something, {@link #isolationProbes} (and a few probes of its own) check
 * that the other gemeente's coordinator, advisor and participant find nothing of it (404 for ids, nothing in lists;
 * 403 only where the role may never use the endpoint).
 *
 * <p>Real time is not moved: what needs a meeting to have started or been held (attendance, HELD, the reminder the day
 * before) or an action to be overdue (the overdue reminder) cannot happen on a stack started minutes ago, and is
 * left out, with a comment where it would come.
 */
@ExtendWith(LocalStack.Extension.class)
@ExtendWith(YearIT.StopAfterFirstFailure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YearIT {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Mail passes through Kafka, the notification service's store and its 2 s sender on two busy cores. */
    private static final Duration EVENTUALLY = Duration.ofMinutes(3);
    private static final int COHORT_YEAR = 2027;
    private static final int BASELINE_YEAR = 2025;
    private static final int FINAL_YEAR = 2026;
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    private static final String[] ORGANISATIONS = {
        "Bakkerij De Korenschoof", "Installatiebedrijf Hoekstra", "Hotel De Gouden Leeuw", "Transport Wiersma",
        "Drukkerij Veenstra", "Garage Van Dijk", "Kinderopvang Het Klavertje", "Metaalbewerking Bos",
        "Restaurant De Waag", "Tuincentrum Groenrijk", "Schildersbedrijf Mulder", "Zorgboerderij De Hoeve"};

    /** Set once the stack runs (the instance is made before LocalStack's extension starts it). */
    private LocalStack stack;
    private Http http;
    private final LocalDate today = LocalDate.now(AMSTERDAM);

    /** Gemeente A: 12 registrations for 11 places (one on the waiting list). */
    private final Gemeente a = new Gemeente("year-a-" + RUN, "Gemeente Jaar A " + RUN, "Leek", 10, 11, 12, 3);
    /** Gemeente B: 9 registrations for 9 places. */
    private final Gemeente b = new Gemeente("year-b-" + RUN, "Gemeente Jaar B " + RUN, "Winschoten", 8, 9, 9, 2);
    private final List<Gemeente> both = List.of(a, b);

    private List<String> issueCodes;

    // ================================================================== the year

    @BeforeAll
    void useTheStack() {
        stack = LocalStack.get();
        http = new Http(stack);
    }

    @Test
    @Order(1)
    void registerTheGemeenten() {
        for (Gemeente g : both) {
            http.post("/api/gemeenten", stack.issuerToken(null, "platform-admin", "team@koploper.example"), """
                    {"slug":"%s","displayName":"%s","contact":{"name":"Ria Bakker","email":"koplopers@%s.example"},
                     "senderName":"Koplopers %s","replyTo":"koplopers@%s.example","defaultLocale":"nl"}"""
                    .formatted(g.slug, g.name, g.slug, g.town, g.slug)).expect(201);
        }
        // Every service keeps its copy of the registry from tenant.events.v1: wait until each accepts the tokens.
        for (Gemeente g : both) {
            for (String prefix : List.of("cohorts", "assessments", "footprints", "meetings", "notifications")) {
                eventually("%s accepted by %s".formatted(g.slug, prefix)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> http.get("/api/" + prefix + "/whoami", g.coordinator()).status() == 200);
            }
            assertThat(http.get("/api/gemeenten/current", g.coordinator()).expect(200).string("$.slug"))
                    .isEqualTo(g.slug);
        }
    }

    @Test
    @Order(2)
    void createAndOpenACohortEach() {
        String registrationDeadline = ZonedDateTime.now(AMSTERDAM).plusDays(90).withNano(0).toOffsetDateTime().toString();
        String assignmentDeadline = ZonedDateTime.now(AMSTERDAM).plusDays(300).withNano(0).toOffsetDateTime().toString();
        for (Gemeente g : both) {
            Http.Answer created = http.post("/api/cohorts", g.coordinator(), """
                    {"name":"Koplopers %s %d","year":%d,"minimum":%d,"maximum":%d,
                     "registrationDeadline":"%s","assignmentDeadline":"%s"}"""
                    .formatted(g.town, COHORT_YEAR, COHORT_YEAR, g.minimum, g.maximum, registrationDeadline,
                            assignmentDeadline)).expect(201);
            g.cohortId = created.string("$.id");
            g.cohortName = created.string("$.name");
            http.postIfMatch("/api/cohorts/" + g.cohortId + "/open", g.coordinator(), null, created.etag()).expect2xx();
            assertThat(http.get("/api/cohorts/" + g.cohortId, g.coordinator()).expect(200).string("$.status"))
                    .isEqualTo("OPEN");
        }
        isolationProbes("cohort", g -> List.of("/api/cohorts/" + g.cohortId),
                g -> Map.of("/api/cohorts?size=100", "$.content[*].id"), g -> List.of(g.cohortId));
    }

    @Test
    @Order(3)
    void organisationsRegisterThroughThePublicForm() {
        // The two gemeenten's forms are used alternately, as two rounds running side by side.
        for (int n = 0; n < Math.max(a.registrations, b.registrations); n++) {
            for (Gemeente g : both) {
                if (n >= g.registrations) {
                    continue;
                }
                Org org = g.orgs.get(n);
                // Placed or waiting, the form's answer says only "received": where it stands goes by mail.
                Http.Answer answer = http.post("/api/public/cohorts/" + g.slug + "/" + g.cohortId + "/registrations",
                        null, org.registrationJson()).expect(202);
                assertThat(answer.body()).as(org.name).isEqualTo("{\"status\":\"RECEIVED\"}");
            }
        }
        for (Gemeente g : both) {
            Http.Answer participants = http.get("/api/cohorts/" + g.cohortId + "/participants?size=100",
                    g.coordinator()).expect(200);
            for (Org org : g.orgs) {
                List<Map<String, Object>> found = participants.read(
                        "$.content[?(@.contact.email == '" + org.email + "')]");
                assertThat(found).as("participant %s", org.email).hasSize(1);
                org.id = (String) found.get(0).get("id");
                org.placed = "PLACED".equals(found.get(0).get("status"));
            }
            assertThat(g.placed()).hasSize(Math.min(g.registrations, g.maximum));
            Http.Answer cohort = http.get("/api/cohorts/" + g.cohortId, g.coordinator()).expect(200);
            assertThat(cohort.<Integer>read("$.placed")).isEqualTo(g.placed().size());
            assertThat(cohort.<Integer>read("$.waitlisted")).isEqualTo(g.registrations - g.placed().size());
        }
        assertThat(a.orgs.stream().filter(o -> !o.placed).count()).as("A's waiting-list case").isEqualTo(1);

        // Each organisation's contact gets the confirmation; the one on the waiting list is told its place.
        for (Gemeente g : both) {
            for (Org org : g.orgs) {
                ReceivedMail confirmation = awaitMail(org.email, m -> m.subject().startsWith("Aanmelding ontvangen"),
                        "registration confirmation");
                assertThat(confirmation.subject()).contains(g.cohortName);
                assertThat(confirmation.body()).contains(org.name);
            }
        }
        // Registering an organisation that takes part already is answered as a first registration, changes nothing,
        // and is told only to its contact on record (not to the address typed, which would tell who takes part).
        Org known = a.orgs.get(a.maximum);
        String before = http.get("/api/cohorts/" + a.cohortId + "/participants?size=100", a.coordinator()).expect(200)
                .body();
        String typedAddress = "iemand-anders-" + a.slug + "@elders.example";
        Http.Answer repeat = http.post("/api/public/cohorts/" + a.slug + "/" + a.cohortId + "/registrations", null,
                known.registrationJson().replace(known.email, typedAddress)).expect(202);
        assertThat(repeat.body()).isEqualTo("{\"status\":\"RECEIVED\"}");
        assertThat(http.get("/api/cohorts/" + a.cohortId + "/participants?size=100", a.coordinator()).expect(200)
                .body()).isEqualTo(before);
        ReceivedMail told = awaitMail(known.email, m -> m.subject().startsWith("Opnieuw aangemeld: "),
                "repeat registration notice");
        assertThat(told.body()).contains(known.name, "is al aangemeld", "U hoeft niets te doen");
        assertThat(mails(typedAddress)).isEmpty();

        // The participant itself reads its registration; the same e-mail address in the other gemeente finds nothing.
        Org first = a.orgs.get(0);
        http.get("/api/cohorts/" + a.cohortId + "/participants/" + first.id, a.participant(first)).expect(200);
        http.get("/api/cohorts/" + a.cohortId + "/participants/" + first.id, stack.issuerToken(b.slug, "participant",
                first.email)).expectProblem(404);
        isolationProbes("participants", g -> g.orgs.stream()
                        .map(o -> "/api/cohorts/" + g.cohortId + "/participants/" + o.id).toList(),
                g -> Map.of(), g -> g.orgs.stream().map(o -> o.id).toList());
        for (Gemeente g : both) {
            http.get("/api/cohorts/" + g.cohortId + "/participants", g.other().coordinator()).expectProblem(404);
        }
    }

    @Test
    @Order(4)
    void kickOffIsProposedAtTheMinimumAndConfirmed() {
        for (Gemeente g : both) {
            // CohortMinimumReached makes events-service propose the kick-off as a draft at a place to be decided.
            Map<String, Object> proposal = eventually("kick-off proposed for " + g.slug)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> meetingOfType(g, "KICK_OFF"), Optional::isPresent).orElseThrow();
            g.kickOffId = (String) proposal.get("id");
            assertThat(proposal.get("status")).isEqualTo("DRAFT");
            // Invitees: the placed participants (the one on the waiting list is not invited).
            eventually("kick-off invitees of " + g.slug).untilAsserted(() ->
                    assertThat(activeInvitees(meeting(g, g.kickOffId))).containsExactlyInAnyOrderElementsOf(
                            g.placed().stream().map(o -> o.email).toList()));
            Http.Answer draft = meeting(g, g.kickOffId);
            assertThat(draft.<Boolean>read("$.locationToBeDecided")).isTrue();
            // Not to be confirmed while the place is the placeholder.
            http.postIfMatch("/api/meetings/" + g.kickOffId + "/confirm", g.coordinator(), null, draft.etag())
                    .expectProblem(409);

            LocalDateTime start = OffsetDateTime.parse(draft.string("$.start")).toLocalDateTime();
            LocalDateTime end = OffsetDateTime.parse(draft.string("$.end")).toLocalDateTime();
            Http.Answer placed = http.postIfMatch("/api/meetings/" + g.kickOffId + "/reschedule", g.coordinator(), """
                    {"start":"%s","end":"%s","location":{"address":"Raadhuis, Raadhuisplein 1, %s"}}"""
                    .formatted(start, end, g.town), draft.etag()).expect(200);
            Http.Answer confirmed = http.postIfMatch("/api/meetings/" + g.kickOffId + "/confirm", g.coordinator(),
                    null, placed.etag()).expect(200);
            assertThat(confirmed.string("$.status")).isEqualTo("SCHEDULED");
            g.kickOffUid = confirmed.string("$.uid");
            g.kickOffSequence = confirmed.<Integer>read("$.sequence");
        }
        // The invitations arrive over SMTP with a valid iCalendar REQUEST for the meeting.
        for (Gemeente g : both) {
            for (Org org : g.placed()) {
                ReceivedMail invitation = awaitMail(org.email, calendarMail(g.kickOffUid, "REQUEST"),
                        "kick-off invitation");
                assertThat(invitation.subject()).startsWith("Uitnodiging:");
                assertValidRequest(invitation, g.kickOffUid, g.kickOffSequence);
                assertThat(invitation.link("/rsvp/")).as("RSVP link in the invitation").isPresent()
                        .get().asString().doesNotContain("/api/");
            }
        }
        // Nothing for the one on the waiting list (its confirmation is there, so its mail did arrive meanwhile).
        Org waiting = a.orgs.stream().filter(o -> !o.placed).findFirst().orElseThrow();
        assertThat(mails(waiting.email)).noneMatch(m -> !m.calendars().isEmpty());
        isolationProbes("kick-off", g -> List.of("/api/meetings/" + g.kickOffId),
                g -> Map.of("/api/meetings?cohortId=" + g.cohortId, "$.content[*].id",
                        "/api/meetings?size=100", "$.content[*].id"),
                g -> List.of(g.kickOffId));
        for (Gemeente g : both) {
            http.get("/api/meetings/" + g.kickOffId + "/rsvp", stack.issuerToken(g.other().slug, "participant",
                    g.placed().get(0).email)).expectProblem(404);
        }
    }

    @Test
    @Order(5)
    void participantsAnswerThroughTheLinksInTheirMail() {
        for (Gemeente g : both) {
            Map<String, String> expected = new HashMap<>();
            List<Org> placed = g.placed();
            for (int n = 0; n < placed.size(); n++) {
                Org org = placed.get(n);
                ReceivedMail invitation = awaitMail(org.email, calendarMail(g.kickOffUid, "REQUEST"), "invitation");
                // The mail leads to the portal's RSVP page; the page calls the public API with the same token.
                String path = rsvpApiPath(invitation.link("/rsvp/").orElseThrow());
                Http.Answer shown = http.get(path, null).expect(200);
                assertThat(shown.body()).contains("Startbijeenkomst");
                String response = n == placed.size() - 1 ? "DECLINED" : n == placed.size() - 2 ? "TENTATIVE"
                        : "ACCEPTED";
                Http.Answer answered = http.post(path, null, "{\"response\":\"" + response + "\"}");
                assertThat(answered.status()).as("%s: %s", path, answered.body()).isBetween(200, 204);
                expected.put(org.email, response);
            }
            // One participant changes its mind while logged in (matched by the e-mail in its token).
            Org logged = placed.get(placed.size() - 2);
            Http.Answer own = http.post("/api/meetings/" + g.kickOffId + "/rsvp", g.participant(logged),
                    "{\"response\":\"ACCEPTED\"}");
            assertThat(own.status()).as("participant RSVP: %s", own.body()).isBetween(200, 204);
            expected.put(logged.email, "ACCEPTED");

            Http.Answer view = meeting(g, g.kickOffId);
            for (Org org : placed) {
                List<String> responses = view.read("$.invitations[?(@.email == '" + org.email + "')].response");
                assertThat(responses).as("answer of %s", org.email).containsExactly(expected.get(org.email));
            }
        }
    }

    @Test
    @Order(6)
    void aPlaceComesFreeForTheWaitingList() {
        // The last placed organisation of A withdraws itself; the one on the waiting list gets its place.
        Org leaving = a.placed().get(a.placed().size() - 1);
        Org waiting = a.orgs.stream().filter(o -> !o.placed).findFirst().orElseThrow();
        http.post("/api/cohorts/" + a.cohortId + "/participants/" + leaving.id + "/withdraw", a.participant(leaving),
                "{\"reason\":\"Geen tijd dit jaar\"}").expect2xx();
        // The other gemeente's participant with the same address cannot withdraw it.
        http.post("/api/cohorts/" + a.cohortId + "/participants/" + waiting.id + "/withdraw",
                stack.issuerToken(b.slug, "participant", waiting.email), "{}").expectProblem(404);
        Http.Answer promoted = http.get("/api/cohorts/" + a.cohortId + "/participants/" + waiting.id,
                a.participant(waiting)).expect(200);
        assertThat(promoted.string("$.status")).isEqualTo("PLACED");
        assertThat(http.get("/api/cohorts/" + a.cohortId + "/participants/" + leaving.id, a.coordinator())
                .expect(200).string("$.status")).isEqualTo("WITHDRAWN");
        leaving.placed = false;
        leaving.left = true;
        waiting.placed = true;
        Http.Answer cohort = http.get("/api/cohorts/" + a.cohortId, a.coordinator()).expect(200);
        assertThat(cohort.<Integer>read("$.placed")).isEqualTo(a.maximum);
        assertThat(cohort.<Integer>read("$.waitlisted")).isZero();

        ReceivedMail promotion = awaitMail(waiting.email, m -> m.subject().startsWith("Er is een plaats voor u"),
                "waiting-list promotion");
        assertThat(promotion.body()).contains(waiting.name);
        // events-service invites the newcomer to the kick-off and withdraws the leaver's invitation.
        assertValidRequest(awaitMail(waiting.email, calendarMail(a.kickOffUid, "REQUEST"), "kick-off invitation"),
                a.kickOffUid, null);
        ReceivedMail cancellation = awaitMail(leaving.email, calendarMail(a.kickOffUid, "CANCEL"),
                "kick-off cancellation to the leaver");
        assertThat(cancellation.onlyCalendar().contentTypeMethod()).isEqualToIgnoringCase("CANCEL");
        // The kick-off goes on: the leaver is told it is off the list, not that the meeting is cancelled, and gets its
        // withdrawal confirmed in a mail of its own.
        assertThat(cancellation.subject()).startsWith("Afgemeld: ");
        assertThat(awaitMail(leaving.email, m -> m.subject().startsWith("Afmelding ontvangen: "),
                "withdrawal confirmation").body()).contains("Uw plaats in de groep is vrijgegeven");
        eventually("kick-off invitees after the promotion").untilAsserted(() ->
                assertThat(activeInvitees(meeting(a, a.kickOffId))).containsExactlyInAnyOrderElementsOf(
                        a.placed().stream().map(o -> o.email).toList()));
    }

    @Test
    @Order(7)
    void baselineAssessmentsWithFootprints() {
        issueCodes = http.get("/api/assessments/catalogue/issues", a.coordinator()).expect(200)
                .strings("$[*].issues[*].code");
        assertThat(issueCodes).hasSize(37);
        for (Gemeente g : both) {
            // A placed registration opens an assessment case (case id = participant id); the waiting one does not.
            eventually("cases of " + g.slug).untilAsserted(() -> assertThat(
                    http.get("/api/assessments/cases?cohortId=" + g.cohortId + "&size=100", g.coordinator())
                            .expect(200).strings("$.content[*].id"))
                    .containsAll(g.placed().stream().map(o -> o.id).toList()));
            // The leaver's case is closed.
            for (Org left : g.orgs.stream().filter(o -> o.left).toList()) {
                eventually("closed case of " + left.name).untilAsserted(() -> assertThat(
                        http.get("/api/assessments/cases/" + left.id, g.coordinator()).expect(200).string("$.status"))
                        .isEqualTo("CLOSED"));
            }
        }
        for (Gemeente g : both) {
            for (int i = 0; i < g.assessed; i++) {
                Org org = g.placed().get(i);
                String kase = "/api/assessments/cases/" + org.id;
                http.put(kase + "/advisor", g.coordinator(), Http.assignAdvisorJson(http.registeredAdvisor(
                        g.coordinator(), "Sanne Adviseur", g.advisorEmail(), "Adviesbureau Sanne"))).expect2xx();
                LocalDate visitDay = today.plusDays(20 + i);
                http.put(kase + "/visit", g.advisor(), """
                        {"start":"%sT10:00","end":"%sT11:30","location":"%s, Hoofdstraat %d, %s"}"""
                        .formatted(visitDay, visitDay, org.name, i + 1, g.town)).expect2xx();
                // 37 issues × 2 perspectives, typed in after the visit.
                http.put(kase + "/nulmeting", g.advisor(), reviewJson(i, 0)).expect2xx();
                Http.Answer reviewed = http.get(kase, g.advisor()).expect(200);
                assertThat(reviewed.<Boolean>read("$.nulmeting.complete")).isTrue();
                assertThat(reviewed.<Integer>read("$.nulmeting.answered")).isEqualTo(74);
                assertThat(reviewed.string("$.status")).isEqualTo("REVIEWED");

                // Consumption data → calculation → FootprintCalculated → the case's baseline footprint.
                org.baselineKg = calculateFootprint(g, org, BASELINE_YEAR, 3000 + 500 * i);
                // 20,000 kWh at 50 % green × 0.483 + gas × 2.134 (the 2026 factor set), computed by hand.
                assertThat(org.baselineKg).isEqualByComparingTo(
                        new BigDecimal("4830").add(new BigDecimal("2.134").multiply(BigDecimal.valueOf(3000 + 500 * i))));
                eventually("baseline footprint on the case of " + org.name).untilAsserted(() -> {
                    Object total = http.get(kase, g.coordinator()).expect(200)
                            .read("$.baselineFootprint.totalMarketBasedKg");
                    assertThat(total).isNotNull();
                    assertThat(new BigDecimal(total.toString())).isEqualByComparingTo(org.baselineKg);
                });
            }
        }
        // The visit invite reaches the organisation's contact and the advisor, with the visit's own calendar UID.
        for (Gemeente g : both) {
            for (int i = 0; i < g.assessed; i++) {
                Org org = g.placed().get(i);
                String uid = org.id + "-nulmeting@assessments.koploper.nl";
                for (String address : List.of(org.email, g.advisorEmail())) {
                    ReceivedMail invite = awaitMail(address, calendarMail(uid, "REQUEST"), "nulmeting visit invite");
                    assertThat(invite.subject()).isEqualTo("Afspraak nulmeting " + org.name);
                    assertValidRequest(invite, uid, 0);
                }
                // The advisor was told of the assignment, with the portal page of the case.
                ReceivedMail assigned = awaitMail(g.advisorEmail(),
                        m -> m.subject().equals("U bent adviseur van " + org.name), "advisor assignment");
                assertThat(assigned.text()).contains("/adviseur/organisaties/" + org.id);
            }
        }
        isolationProbes("assessment cases", g -> g.assessedOrgs().stream()
                        .flatMap(o -> List.of("/api/assessments/cases/" + o.id,
                                "/api/footprints/organisations/" + o.id + "/years/" + BASELINE_YEAR,
                                "/api/footprints/organisations/" + o.id + "/years/" + BASELINE_YEAR + "/calculations/1")
                                .stream()).toList(),
                g -> Map.of("/api/assessments/cases?size=100", "$.content[*].id"),
                g -> g.orgs.stream().map(o -> o.id).toList());
    }

    @Test
    @Order(8)
    void profilesArePublishedWithTheirPdfs() throws IOException {
        for (Gemeente g : both) {
            for (Org org : g.assessedOrgs()) {
                String profiles = "/api/assessments/cases/" + org.id + "/profiles";
                Http.Answer draft = http.post(profiles, g.advisor(), null).expect(201);
                int version = draft.<Integer>read("$.version");
                assertThat(draft.<List<Object>>read("$.recommendations")).isNotEmpty();
                // A draft is the advisor's: the participant sees no PDF of it yet.
                assertThat(http.downloadStatus(profiles + "/" + version + ".pdf", g.participant(org))).isEqualTo(404);
                Http.Answer published = http.post(profiles + "/" + version + "/publish", g.advisor(), null).expect2xx();
                assertThat(published.string("$.status")).isEqualTo("PUBLISHED");
                org.profileVersion = version;
                org.recommendationId = published.string("$.recommendations[0].id");

                String text = pdfText(http.download(profiles + "/" + version + ".pdf", g.participant(org)));
                assertThat(text).contains(org.name).contains(g.name);
            }
        }
        for (Gemeente g : both) {
            for (Org org : g.assessedOrgs()) {
                ReceivedMail mail = awaitMail(org.email, m -> m.subject().startsWith("Uw Duurzaamheidsprofiel"),
                        "profile published");
                // The portal's page of the case's profile, not the API path the event carries.
                assertThat(mail.link("/profiel/" + org.id)).as("profile link in the mail to %s", org.email)
                        .hasValueSatisfying(link -> assertThat(link).endsWith("/profiel/" + org.id)
                                .doesNotContain("/api/"));
            }
            for (Org org : g.assessedOrgs()) {
                String pdf = "/api/assessments/cases/" + org.id + "/profiles/" + org.profileVersion + ".pdf";
                assertThat(http.downloadStatus(pdf, g.other().coordinator())).as(pdf).isEqualTo(404);
                assertThat(http.downloadStatus(pdf, g.other().advisor())).as(pdf).isEqualTo(404);
                assertThat(http.downloadStatus(pdf, stack.issuerToken(g.other().slug, "participant", org.email)))
                        .as(pdf).isEqualTo(404);
            }
        }
    }

    @Test
    @Order(9)
    void actionPlansWithProgress() {
        for (Gemeente g : both) {
            for (Org org : g.assessedOrgs()) {
                String plan = "/api/assessments/cases/" + org.id + "/action-plan";
                http.post(plan + "/actions", g.participant(org), """
                        {"recommendationId":"%s","owner":"%s","startDate":"%s","dueDate":"%s","status":"PLANNED"}"""
                        .formatted(org.recommendationId, org.contactName(), today, today.plusDays(150))).expect(201);
                Http.Answer second = http.post(plan + "/actions", g.advisor(), """
                        {"title":"LED-verlichting in werkplaats en kantoor","owner":"%s","startDate":"%s",
                         "dueDate":"%s","status":"IN_PROGRESS","expectedCo2SavingKgPerYear":1250.50,"costEur":4200}"""
                        .formatted(org.contactName(), today, today.plusDays(120))).expect(201);
                String ledId = second.string("$.actions[-1].id");
                http.post(plan + "/actions/" + ledId + "/progress", g.participant(org), """
                        {"date":"%s","text":"Offertes van twee installateurs ontvangen"}""".formatted(today))
                        .expect2xx();
                http.put(plan + "/actions/" + ledId, g.participant(org), """
                        {"title":"LED-verlichting in werkplaats en kantoor","owner":"%s","startDate":"%s",
                         "dueDate":"%s","status":"DONE","expectedCo2SavingKgPerYear":1250.50,"costEur":4200}"""
                        .formatted(org.contactName(), today, today.plusDays(120))).expect2xx();
                Http.Answer read = http.get(plan, g.coordinator()).expect(200);
                assertThat(read.strings("$.actions[*].status")).containsExactlyInAnyOrder("PLANNED", "DONE");
                assertThat(read.<List<Object>>read("$.actions[?(@.id == '" + ledId + "')].progress[*]")).hasSize(1);
                // A coordinator reads the plan but does not plan for the organisation.
                http.post(plan + "/actions", g.coordinator(), """
                        {"title":"x","owner":"y","startDate":"%s","dueDate":"%s"}""".formatted(today, today))
                        .expect(403);
                g.actionsPlanned += 2;
                g.actionsDone += 1;
            }
        }
        // Overdue reminders (ActionOverdue → mail) need a due date in the past, which a plan made today cannot
        // have (the due date must come after the start): that part of the year is not run here.
        isolationProbes("action plans", g -> g.assessedOrgs().stream()
                        .map(o -> "/api/assessments/cases/" + o.id + "/action-plan").toList(),
                g -> Map.of(), g -> List.of());
    }

    @Test
    @Order(10)
    void knowledgeSessionRescheduledSendsOneUpdatePerInvitee() {
        for (Gemeente g : both) {
            LocalDate day = today.plusDays(40);
            Http.Answer created = http.post("/api/meetings", g.coordinator(), """
                    {"cohortId":"%s","type":"KNOWLEDGE_SESSION","title":"Kennissessie energie besparen %s",
                     "description":"Wat levert isolatie op?","start":"%sT14:00","end":"%sT16:30",
                     "location":{"address":"Bibliotheek %s"},"invitees":{"participants":[%s]}}"""
                    .formatted(g.cohortId, g.town, day, day, g.town, participantInvitees(g.placed())))
                    .expect(201);
            g.sessionId = created.string("$.id");
            g.sessionUid = created.string("$.uid");
            int firstSequence = created.<Integer>read("$.sequence");
            assertThat(created.string("$.status")).isEqualTo("SCHEDULED");
            for (Org org : g.placed()) {
                assertValidRequest(awaitMail(org.email, calendarMail(g.sessionUid, "REQUEST"), "session invitation"),
                        g.sessionUid, firstSequence);
            }
            LocalDate moved = today.plusDays(47);
            Http.Answer rescheduled = http.postIfMatch("/api/meetings/" + g.sessionId + "/reschedule",
                    g.coordinator(), """
                    {"start":"%sT15:00","end":"%sT17:30","location":{"address":"Dorpshuis %s"}}"""
                    .formatted(moved, moved, g.town), created.etag()).expect(200);
            g.sessionSequence = rescheduled.<Integer>read("$.sequence");
            assertThat(g.sessionSequence).isGreaterThan(firstSequence);
        }
        for (Gemeente g : both) {
            for (Org org : g.placed()) {
                ReceivedMail update = awaitMail(org.email,
                        m -> m.subject().startsWith("Gewijzigd:") && calendarMail(g.sessionUid, "REQUEST").test(m),
                        "session update");
                assertValidRequest(update, g.sessionUid, g.sessionSequence);
            }
            // Exactly one update per invitee: the delivery log has one MEETING_UPDATE per invitee, all sent, and no
            // inbox holds a second one.
            eventually("update deliveries of " + g.slug).untilAsserted(() -> {
                Http.Answer log = http.get("/api/notifications/deliveries?type=MEETING_UPDATE&size=100",
                        g.coordinator()).expect(200);
                assertThat(log.strings("$.content[*].recipient")).containsExactlyInAnyOrderElementsOf(
                        g.placed().stream().map(o -> o.email).toList());
                assertThat(log.strings("$.content[*].status")).containsOnly("SENT");
            });
            for (Org org : g.placed()) {
                assertThat(mails(org.email).stream().filter(m -> m.subject().startsWith("Gewijzigd:")
                        && calendarMail(g.sessionUid, "REQUEST").test(m))).as("updates to %s", org.email).hasSize(1);
            }
        }
        // Attendance (POST /api/meetings/{id}/attendance, "once the meeting started"), the HELD status and the reminder
        // the day before (MeetingReminderDue, 24 h before the start) need the meeting's real time to come; on a stack
        // started minutes ago every meeting lies weeks ahead, so the impact report's attendance is not checked.
        isolationProbes("knowledge session", g -> List.of("/api/meetings/" + g.sessionId),
                g -> Map.of("/api/meetings?size=100", "$.content[*].id",
                        "/api/notifications/deliveries?size=100", "$.content[*].recipient"),
                g -> {
                    List<String> own = new ArrayList<>(List.of(g.sessionId));
                    g.orgs.forEach(o -> own.add(o.email));
                    return own;
                });
    }

    @Test
    @Order(11)
    void communicationAssignmentsJuryAndAward() {
        for (Gemeente g : both) {
            Http.Answer cohort = http.get("/api/cohorts/" + g.cohortId, g.coordinator()).expect(200);
            http.postIfMatch("/api/cohorts/" + g.cohortId + "/start", g.coordinator(), null, cohort.etag()).expect2xx();
            http.put("/api/cohorts/" + g.cohortId + "/jury", g.coordinator(),
                    "{\"jurors\":[\"%s\",\"%s\"]}".formatted(g.juror(1), g.juror(2))).expect2xx();
            List<Org> entrants = g.placed().subList(0, 3);
            for (Org org : entrants) {
                http.put("/api/cohorts/" + g.cohortId + "/assignments/" + org.id, g.participant(org), """
                        {"title":"Zo werken wij duurzaam bij %s","text":"Ons verhaal over zonnepanelen en LED.",
                         "links":["https://www.example.nl/%s"]}"""
                        .formatted(org.name, org.kvk)).expect2xx();
            }
            // Two jurors score; the first entrant is clearly best.
            int[][] marks = {{5, 5, 5, 4}, {4, 3, 3, 3}, {3, 3, 2, 2}};
            for (int juror = 1; juror <= 2; juror++) {
                String token = stack.issuerToken(g.slug, "jury", g.juror(juror));
                assertThat(http.get("/api/cohorts/" + g.cohortId + "/assignments", token).expect(200)
                        .strings("$[*].participantId"))
                        .containsExactlyInAnyOrderElementsOf(entrants.stream().map(o -> o.id).toList());
                for (int e = 0; e < entrants.size(); e++) {
                    http.put("/api/cohorts/" + g.cohortId + "/assignments/" + entrants.get(e).id + "/score", token, """
                            {"clarity":%d,"credibility":%d,"reach":%d,"originality":%d,"comment":"Helder verhaal"}"""
                            .formatted(marks[e][0], marks[e][1], marks[e][2], marks[e][3])).expect2xx();
                }
                // While scoring is open the jury sees no ranking.
                http.get("/api/cohorts/" + g.cohortId + "/ranking", token).expectProblem(409);
            }
            http.post("/api/cohorts/" + g.cohortId + "/scoring/close", g.coordinator(), null).expect2xx();
            Http.Answer ranking = http.get("/api/cohorts/" + g.cohortId + "/ranking", g.coordinator()).expect(200);
            assertThat(ranking.string("$.entries[0].participantId")).isEqualTo(entrants.get(0).id);
            Http.Answer award = http.post("/api/cohorts/" + g.cohortId + "/award", g.coordinator(),
                    "{\"motivation\":\"Het meest overtuigende verhaal van de groep\"}").expect(201);
            assertThat(award.string("$.participantId")).isEqualTo(entrants.get(0).id);
            assertThat(award.<Object>read("$.announcedAt")).as("secret until the symposium's award moment").isNull();
            g.winner = entrants.get(0);
            // The jury sees the winner; the participants do not (the announcement comes at the symposium).
            assertThat(http.get("/api/cohorts/" + g.cohortId + "/ranking", stack.issuerToken(g.slug, "jury",
                    g.juror(1))).expect(200).string("$.award.organisationName")).isEqualTo(g.winner.name);
            http.get("/api/cohorts/" + g.cohortId + "/ranking", g.participant(entrants.get(1))).expectProblem(403);
        }
        for (Gemeente g : both) {
            String otherJury = stack.issuerToken(g.other().slug, "jury", g.juror(1));
            http.get("/api/cohorts/" + g.cohortId + "/assignments", otherJury).expectProblem(404);
            http.get("/api/cohorts/" + g.cohortId + "/assignments/" + g.winner.id, otherJury).expectProblem(404);
        }
        isolationProbes("assignments", g -> List.of("/api/cohorts/" + g.cohortId + "/ranking",
                        "/api/cohorts/" + g.cohortId + "/assignments/" + g.winner.id,
                        "/api/cohorts/" + g.cohortId + "/jury"),
                g -> Map.of(), g -> List.of());
    }

    @Test
    @Order(12)
    void theSymposium() {
        for (Gemeente g : both) {
            LocalDate day = today.plusDays(200);
            Http.Answer created = http.post("/api/meetings", g.coordinator(), """
                    {"cohortId":"%s","type":"SYMPOSIUM","title":"Koplopersymposium %s",
                     "description":"De afsluiting van het jaar","start":"%sT13:00","end":"%sT17:00",
                     "location":{"address":"Theater %s"},"invitees":{"participants":[%s]}}"""
                    .formatted(g.cohortId, g.town, day, day, g.town, participantInvitees(g.placed()))).expect(201);
            g.symposiumId = created.string("$.id");
            Http.Answer programme = http.send("PUT", "/api/meetings/" + g.symposiumId + "/programme",
                    g.coordinator(), """
                    {"sessions":[{"start":"%sT13:30","end":"%sT14:15","title":"Terugblik op het jaar",
                                  "speakers":[{"name":"Ria Bakker","organisation":"%s"}]},
                                 {"start":"%sT14:30","end":"%sT15:30","title":"Uitreiking Koploperprijs",
                                  "speakers":[{"name":"Wethouder Duurzaamheid"}]}]}"""
                    .formatted(day, day, g.name, day, day), Map.of()).expect(200);
            assertThat(programme.<List<Object>>read("$.programme")).hasSize(2);

            // Before the award moment the public page shows the programme, not the granted award: cohort-service
            // publishes nothing until the coordinator announces it, so events-service cannot know the winner.
            Http.Answer before = http.get("/api/public/symposium/" + g.slug + "/" + g.symposiumId, null).expect(200);
            assertThat(before.body()).contains("Uitreiking Koploperprijs").doesNotContain(g.winner.name);
            assertThat(before.<Object>read("$.award")).as("award on the public page before the announcement").isNull();
            // The award moment: the coordinator announces it.
            Http.Answer announced = http.post("/api/cohorts/" + g.cohortId + "/award/announce", g.coordinator(), null)
                    .expect(200);
            assertThat(announced.<Object>read("$.announcedAt")).isNotNull();
            // Now the public page shows it (events-service learns the award from AwardGranted).
            eventually("award on the symposium page of " + g.slug).untilAsserted(() -> {
                Http.Answer page = http.get("/api/public/symposium/" + g.slug + "/" + g.symposiumId, null).expect(200);
                assertThat(page.body()).contains("Uitreiking Koploperprijs");
                assertThat(page.<Object>read("$.award")).as("award on the public page").isNotNull();
                assertThat(page.string("$.award.organisationName")).isEqualTo(g.winner.name);
            });
            // A guest registers on the public form and gets a personal invitation.
            String guest = "gast@" + g.slug + ".example";
            http.post("/api/public/symposium/" + g.slug + "/" + g.symposiumId + "/registrations", null,
                    "{\"name\":\"Gert Gast\",\"email\":\"%s\",\"locale\":\"nl\"}".formatted(guest)).expect(202);
            g.symposiumUid = created.string("$.uid");
            assertValidRequest(awaitMail(guest, calendarMail(g.symposiumUid, "REQUEST"), "guest invitation"),
                    g.symposiumUid, null);
            // The other gemeente's public address does not lead to this symposium.
            http.get("/api/public/symposium/" + g.other().slug + "/" + g.symposiumId, null).expectProblem(404);
        }
        for (Gemeente g : both) {
            for (Org org : g.placed()) {
                awaitMail(org.email, calendarMail(g.symposiumUid, "REQUEST"), "symposium invitation");
            }
            // The winner is congratulated personally, every other participant told in a mail of its own.
            ReceivedMail congratulation = awaitMail(g.winner.email, m -> m.subject().startsWith("Gefeliciteerd"),
                    "award congratulation");
            assertThat(congratulation.subject()).contains(g.winner.name).contains("Koploperprijs");
            for (Org org : g.placed()) {
                if (!org.id.equals(g.winner.id)) {
                    ReceivedMail announcement = awaitMail(org.email,
                            m -> m.subject().startsWith("De Koploperprijs"), "award announcement");
                    assertThat(announcement.body()).contains(g.winner.name);
                }
            }
        }
        isolationProbes("symposium", g -> List.of("/api/meetings/" + g.symposiumId),
                g -> Map.of("/api/meetings?size=100", "$.content[*].id"), g -> List.of(g.symposiumId));
    }

    @Test
    @Order(13)
    void completionWithCertificates() throws IOException {
        for (Gemeente g : both) {
            // The certificate's criteria: the assessed organisations completed their nulmeting, published profile and
            // made an action plan (cohort-service learns it from assessment-service's events); the others did not, so
            // the coordinator gives them their certificate anyway, with a reason.
            String criteria = "/api/cohorts/" + g.cohortId + "/certificates/criteria";
            List<String> assessedIds = g.assessedOrgs().stream().map(o -> o.id).toList();
            eventually("certificate criteria of the assessed organisations of " + g.slug).untilAsserted(() ->
                    assertThat(http.get(criteria, g.coordinator()).expect(200)
                            .strings("$.organisations[?(@.meetsCriteria == true)].participantId"))
                            .containsExactlyInAnyOrderElementsOf(assessedIds));
            http.post("/api/cohorts/" + g.cohortId + "/certificates/" + g.placed().get(0).id + "/override",
                    g.coordinator(), "{\"reason\":\" \"}").expectProblem(400);
            for (Org org : g.placed()) {
                if (!assessedIds.contains(org.id)) {
                    http.post("/api/cohorts/" + g.cohortId + "/certificates/" + org.id + "/override", g.coordinator(),
                            "{\"reason\":\"Nulmeting buiten het platform gedaan\"}").expect(200);
                }
            }
            http.get(criteria, g.other().coordinator()).expectProblem(404);
            Http.Answer cohort = http.get("/api/cohorts/" + g.cohortId, g.coordinator()).expect(200);
            http.postIfMatch("/api/cohorts/" + g.cohortId + "/complete", g.coordinator(), null, cohort.etag())
                    .expect2xx();
            Http.Answer certificates = http.get("/api/cohorts/" + g.cohortId + "/certificates", g.coordinator())
                    .expect(200);
            assertThat(certificates.strings("$[*].participantId"))
                    .containsExactlyInAnyOrderElementsOf(g.placed().stream().map(o -> o.id).toList());
            for (Org org : g.placed()) {
                org.certificateCode = certificates.<List<String>>read(
                        "$[?(@.participantId == '" + org.id + "')].verificationCode").get(0);
            }
        }
        for (Gemeente g : both) {
            for (Org org : g.placed()) {
                ReceivedMail mail = awaitMail(org.email, m -> m.subject().startsWith("Certificaat van deelname"),
                        "certificate");
                // The portal's certificate check page; it calls /api/public/certificates/<code>, as done below.
                String link = mail.link("/certificaat/").orElseThrow(() ->
                        new AssertionError("no verification link in the certificate mail to " + org.email));
                assertThat(link).doesNotContain("/api/");
                String code = link.substring(link.lastIndexOf("/certificaat/") + "/certificaat/".length());
                assertThat(normalisedCode(code)).isEqualTo(normalisedCode(org.certificateCode));
                ReceivedMail.Attachment pdf = mail.attachments().stream()
                        .filter(x -> "application/pdf".equals(x.contentType())).findFirst()
                        .orElseThrow(() -> new AssertionError("no certificate PDF attached to the mail to " + org.email));
                assertThat(normalisedCode(pdfText(pdf.bytes()))).contains(normalisedCode(code));
                Http.Answer verified = http.get("/api/public/certificates/" + code, null).expect(200);
                assertThat(verified.string("$.organisationName")).isEqualTo(org.name);
                assertThat(verified.string("$.cohortName")).isEqualTo(g.cohortName);
                assertThat(verified.string("$.gemeenteName")).isEqualTo(g.name);
            }
            Org first = g.placed().get(0);
            String certificatePdf = pdfText(http.download("/api/cohorts/" + g.cohortId + "/certificates/" + first.id
                    + ".pdf", g.participant(first)));
            assertThat(certificatePdf).contains(first.name).contains(g.name);
            assertThat(normalisedCode(certificatePdf)).contains(normalisedCode(first.certificateCode));
        }
        http.get("/api/public/certificates/ZZZZ-ZZZZ-ZZZZ-ZZZZ", null).expectProblem(404);
        isolationProbes("certificates", g -> List.of("/api/cohorts/" + g.cohortId + "/certificates"),
                g -> Map.of(), g -> List.of());
        for (Gemeente g : both) {
            Org first = g.placed().get(0);
            String pdf = "/api/cohorts/" + g.cohortId + "/certificates/" + first.id + ".pdf";
            assertThat(http.downloadStatus(pdf, g.other().coordinator())).isEqualTo(404);
            assertThat(http.downloadStatus(pdf, stack.issuerToken(g.other().slug, "participant", first.email)))
                    .isEqualTo(404);
        }
    }

    @Test
    @Order(14)
    void networkActivityInvitation() {
        for (Gemeente g : both) {
            // Completion admitted the finished participants to the gemeente's network.
            Http.Answer network = http.get("/api/cohorts/network?size=100", g.coordinator()).expect(200);
            assertThat(network.strings("$.content[*].contactEmail"))
                    .containsExactlyInAnyOrderElementsOf(g.placed().stream().map(o -> o.email).toList());
            // events-service learns the members from NetworkMemberJoined; "inviteNetwork" takes the members known
            // when the meeting is planned, so propose (a draft sends nothing) until all are there, then confirm.
            LocalDate day = today.plusDays(250);
            String draftId = eventually("network known to events-service in " + g.slug)
                    .pollInterval(Duration.ofSeconds(2)).until(() -> {
                        Http.Answer draft = http.post("/api/meetings", g.coordinator(), """
                                {"type":"NETWORK_ACTIVITY","title":"Netwerkbijeenkomst circulair ondernemen",
                                 "description":"Voor het hele Koplopernetwerk","start":"%sT16:00","end":"%sT18:00",
                                 "location":{"address":"Werkplaats %s"},"invitees":{"inviteNetwork":true},
                                 "propose":true}""".formatted(day, day, g.town)).expect(201);
                        if (activeInvitees(draft).size() == g.placed().size()) {
                            return draft.string("$.id");
                        }
                        http.post("/api/meetings/" + draft.string("$.id") + "/cancel", g.coordinator(),
                                "{\"reason\":\"nog niet alle leden bekend\"}").expect2xx();
                        return null;
                    }, id -> id != null);
            g.networkActivityId = draftId;
            Http.Answer draft = meeting(g, draftId);
            assertThat(draft.strings("$.invitations[*].kind")).containsOnly("NETWORK_MEMBER");
            Http.Answer confirmed = http.postIfMatch("/api/meetings/" + draftId + "/confirm", g.coordinator(), null,
                    draft.etag()).expect(200);
            g.networkActivityUid = confirmed.string("$.uid");
        }
        for (Gemeente g : both) {
            for (Org org : g.placed()) {
                assertValidRequest(awaitMail(org.email, calendarMail(g.networkActivityUid, "REQUEST"),
                        "network activity invitation"), g.networkActivityUid, null);
            }
        }
        isolationProbes("network", g -> List.of("/api/meetings/" + g.networkActivityId),
                g -> Map.of("/api/cohorts/network?size=100&includeFormer=true", "$.content[*].contactEmail",
                        "/api/meetings?size=100", "$.content[*].id"),
                g -> {
                    List<String> own = new ArrayList<>(List.of(g.networkActivityId));
                    g.orgs.forEach(o -> own.add(o.email));
                    return own;
                });
        for (Gemeente g : both) {
            // A participant of the other gemeente with the same address sees no membership.
            Org first = g.placed().get(0);
            assertThat(http.get("/api/cohorts/network", stack.issuerToken(g.other().slug, "participant", first.email))
                    .expect(200).strings("$.content[*].id")).isEmpty();
        }
    }

    @Test
    @Order(15)
    void finalAssessments() {
        for (Gemeente g : both) {
            for (int i = 0; i < g.assessed; i++) {
                Org org = g.placed().get(i);
                String kase = "/api/assessments/cases/" + org.id;
                // The year after: less gas after insulating.
                org.finalKg = calculateFootprint(g, org, FINAL_YEAR, 2000 + 500 * i);
                http.post(kase + "/eindmeting", g.advisor(), null).expect2xx();
                http.put(kase + "/eindmeting", g.advisor(), reviewJson(i, 1)).expect2xx();
                http.post(kase + "/eindmeting/complete", g.advisor(), null).expect2xx();
                assertThat(http.get(kase + "/eindmeting", g.participant(org)).expect(200).string("$.status"))
                        .isEqualTo("COMPLETED");
                eventually("comparison of " + org.name).untilAsserted(() -> {
                    Http.Answer comparison = http.get(kase + "/comparison", g.participant(org)).expect(200);
                    assertThat(comparison.<Integer>read("$.baselineYear")).isEqualTo(BASELINE_YEAR);
                    List<BigDecimal> finals = comparison.strings("$.scopes[*].finalKg").stream()
                            .filter(v -> !"null".equals(v)).map(BigDecimal::new).toList();
                    assertThat(finals).as("final total among the scope lines")
                            .anySatisfy(v -> assertThat(v).isEqualByComparingTo(org.finalKg));
                    List<Object> change = comparison.read("$.subjects[*].change");
                    assertThat(change).isNotEmpty().allSatisfy(c -> assertThat(((Number) c).intValue())
                            .isGreaterThanOrEqualTo(0));
                });
            }
        }
        isolationProbes("final assessments", g -> g.assessedOrgs().stream()
                        .flatMap(o -> List.of("/api/assessments/cases/" + o.id + "/eindmeting",
                                "/api/assessments/cases/" + o.id + "/comparison").stream()).toList(),
                g -> Map.of(), g -> List.of());
    }

    @Test
    @Order(16)
    void impactReportAddsUpWhatWasEntered() throws IOException {
        for (Gemeente g : both) {
            BigDecimal baseline = g.assessedOrgs().stream().map(o -> o.baselineKg).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            BigDecimal end = g.assessedOrgs().stream().map(o -> o.finalKg).reduce(BigDecimal.ZERO, BigDecimal::add);
            eventually("impact report of " + g.slug).untilAsserted(() -> {
                Http.Answer impact = http.get("/api/assessments/impact?cohortId=" + g.cohortId, g.coordinator())
                        .expect(200);
                assertThat(impact.<Integer>read("$.participants")).isEqualTo(g.placed().size());
                assertThat(impact.<Integer>read("$.nulmetingenCompleted")).isEqualTo(g.assessed);
                assertThat(impact.<Integer>read("$.eindmetingenCompleted")).isEqualTo(g.assessed);
                assertThat(impact.<Integer>read("$.actionsPlanned")).isEqualTo(g.actionsPlanned);
                assertThat(impact.<Integer>read("$.actionsDone")).isEqualTo(g.actionsDone);
                assertThat(impact.<Integer>read("$.co2.participantsWithBoth")).isEqualTo(g.assessed);
                assertThat(decimal(impact.read("$.co2.baselineKg"))).isEqualByComparingTo(baseline);
                assertThat(decimal(impact.read("$.co2.finalKg"))).isEqualByComparingTo(end);
                assertThat(decimal(impact.read("$.co2.changeKg"))).isEqualByComparingTo(end.subtract(baseline));
            });
            String pdf = pdfText(http.download("/api/assessments/impact.pdf?cohortId=" + g.cohortId, g.coordinator()));
            assertThat(pdf).contains(g.name);
            http.get("/api/assessments/impact?cohortId=" + g.cohortId, g.other().coordinator()).expectProblem(404);
            assertThat(http.downloadStatus("/api/assessments/impact.pdf?cohortId=" + g.cohortId,
                    g.other().coordinator())).isEqualTo(404);
            // Without a cohort: the other gemeente's whole report counts only its own participants.
            assertThat(http.get("/api/assessments/impact", g.other().coordinator()).expect(200)
                    .<Integer>read("$.participants")).isEqualTo(g.other().placed().size());
        }
    }

    // ================================================================== isolation

    /**
     * The other gemeente's coordinator, advisor and participant (the latter with the e-mail of this gemeente's first
     * participant, which is what a participant is recognised by) find nothing: every direct id is a 404, and no list
     * they can read shows any of {@code own}.
     */
    private void isolationProbes(String what, java.util.function.Function<Gemeente, List<String>> directPaths,
                                 java.util.function.Function<Gemeente, Map<String, String>> lists,
                                 java.util.function.Function<Gemeente, List<String>> own) {
        for (Gemeente g : both) {
            Gemeente other = g.other();
            List<String> probers = List.of(other.coordinator(), other.advisor(),
                    stack.issuerToken(other.slug, "participant", g.orgs.get(0).email));
            for (String path : directPaths.apply(g)) {
                for (String token : probers) {
                    Http.Answer answer = http.get(path, token);
                    // 403 only where the role may never use the endpoint (e.g. an advisor on cohort-service).
                    assertThat(answer.status()).as("%s of %s probed by %s: GET %s → %s", what, g.slug, other.slug,
                            path, answer.body()).isIn(404, 403);
                    if (token.equals(other.coordinator())) {
                        // A coordinator may read such things in its own gemeente: another gemeente's are a 404.
                        assertThat(answer.status()).as("coordinator probe GET %s", path).isEqualTo(404);
                    }
                }
            }
            List<String> mine = own.apply(g);
            for (Map.Entry<String, String> list : lists.apply(g).entrySet()) {
                for (String token : probers) {
                    Http.Answer answer = http.get(list.getKey(), token);
                    if (answer.status() == 200) {
                        List<String> shown = answer.strings(list.getValue());
                        assertThat(shown).as("%s of %s in %s's list %s", what, g.slug, other.slug, list.getKey())
                                .doesNotContainAnyElementsOf(mine);
                    } else {
                        assertThat(answer.status()).as("%s: %s", list.getKey(), answer.body()).isIn(403, 404);
                    }
                }
            }
        }
    }

    // ================================================================== helpers

    private BigDecimal calculateFootprint(Gemeente g, Org org, int year, int gasNm3) {
        String data = "/api/footprints/organisations/" + org.id + "/years/" + year;
        String consumption = """
                {"year":%d,"contactEmail":"%s","company":{"fte":12.5,"floorAreaM2":450},
                 "electricity":{"boughtKwh":{"yearTotal":20000},"greenSharePercent":50},
                 "fuelsAndHeat":{"naturalGasNm3":{"yearTotal":%d}}}""".formatted(year, org.email, gasNm3);
        // footprint-service lets the advisor in once assessment-service's AdvisorAssigned (the assignment a moment
        // ago) has reached it: a 404 until then, and nothing stored
        eventually("footprint-service to know " + org.name + "'s advisor").until(() -> {
            Http.Answer stored = http.put(data, g.advisor(), consumption);
            if (stored.status() == 404) {
                return false;
            }
            stored.expect(201);
            return true;
        });
        Http.Answer result = http.post(data + "/calculations", g.advisor(), null).expect(201);
        assertThat(result.<Boolean>read("$.complete")).isTrue();
        BigDecimal total = decimal(result.read("$.totals.totalMarketBasedKg"));
        // The participant reads its own footprint.
        assertThat(decimal(http.get(data + "/calculations/" + result.<Integer>read("$.version"), g.participant(org))
                .expect(200).read("$.totals.totalMarketBasedKg"))).isEqualByComparingTo(total);
        return total;
    }

    /** Every issue answered from both perspectives; {@code better} raises each maturity (the eindmeting). */
    private String reviewJson(int variant, int better) {
        String issues = IntStream.range(0, issueCodes.size()).mapToObj(n -> {
            String relevance = (n + variant) % 3 == 0 ? "VERY_RELEVANT" : "RELEVANT";
            int internal = Math.min(4, (n + variant) % 4 + better);
            int products = Math.min(4, (n + 2 * variant) % 3 + better);
            return """
                    {"code":"%s","internal":{"relevance":"%s","maturity":%d,"notes":"besproken tijdens bezoek"},
                     "productsAndServices":{"relevance":"RELEVANT","maturity":%d,"notes":"-"}}"""
                    .formatted(issueCodes.get(n), relevance, internal, products);
        }).collect(Collectors.joining(","));
        return "{\"issues\":[" + issues + "]}";
    }

    private static String participantInvitees(List<Org> orgs) {
        return orgs.stream().map(o -> "{\"id\":\"%s\",\"name\":\"%s\",\"email\":\"%s\",\"locale\":\"nl\"}"
                .formatted(o.id, o.name, o.email)).collect(Collectors.joining(","));
    }

    private Optional<Map<String, Object>> meetingOfType(Gemeente g, String type) {
        Http.Answer list = http.get("/api/meetings?cohortId=" + g.cohortId + "&size=100", g.coordinator()).expect(200);
        List<Map<String, Object>> found = list.read("$.content[?(@.type == '" + type + "')]");
        return found.stream().findFirst();
    }

    private Http.Answer meeting(Gemeente g, String id) {
        return http.get("/api/meetings/" + id, g.coordinator()).expect(200);
    }

    private static List<String> activeInvitees(Http.Answer meeting) {
        return meeting.strings("$.invitations[?(@.active == true)].email");
    }

    private List<ReceivedMail> mails(String address) {
        return ReceivedMail.parseInbox(stack.inboxOrEmpty(address));
    }

    private ReceivedMail awaitMail(String address, Predicate<ReceivedMail> which, String what) {
        return eventually(what + " to " + address).pollInterval(500, MILLISECONDS)
                .until(() -> mails(address).stream().filter(which).findFirst(), Optional::isPresent).orElseThrow();
    }

    /** An eventual step: generous, polled every second, a field not there yet is "not yet". */
    private static org.awaitility.core.ConditionFactory eventually(String what) {
        return await(what).atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1))
                .ignoreException(com.jayway.jsonpath.PathNotFoundException.class);
    }

    private static Predicate<ReceivedMail> calendarMail(String uid, String method) {
        return m -> m.calendars().stream().anyMatch(c -> uid.equals(c.uid()) && method.equals(c.method()));
    }

    /** A valid invitation: one calendar part, its METHOD the one the Content-Type names, the UID and SEQUENCE. */
    private static void assertValidRequest(ReceivedMail mail, String uid, Integer sequence) {
        ReceivedMail.CalendarPart calendar = mail.onlyCalendar();
        assertThat(calendar.method()).isEqualTo("REQUEST");
        assertThat(calendar.contentTypeMethod()).as("Content-Type method of '%s'", mail.subject())
                .isEqualToIgnoringCase(calendar.method());
        assertThat(calendar.uid()).isEqualTo(uid);
        if (sequence != null) {
            assertThat(calendar.sequence()).as("SEQUENCE of '%s'", mail.subject()).isEqualTo(sequence);
        }
        assertThat(calendar.event().getProperty("DTSTART")).isPresent();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * The public API path behind a mailed RSVP link: the link is the portal's page {@code <base>/rsvp/<token>}, never
     * the API, and the page calls {@code /api/public/meetings/rsvp/<token>} with the same token through the gateway.
     */
    private static String rsvpApiPath(String link) {
        assertThat(link).as("RSVP link").doesNotContain("/api/");
        String token = link.substring(link.lastIndexOf("/rsvp/") + "/rsvp/".length());
        assertThat(token).as("RSVP token in %s", link).isNotEmpty().doesNotContain("/").doesNotContain("?");
        return "/api/public/meetings/rsvp/" + token;
    }

    private static String normalisedCode(String text) {
        return text.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
    }

    private static BigDecimal decimal(Object value) {
        assertThat(value).isNotNull();
        return new BigDecimal(value.toString());
    }

    // ================================================================== the two gemeenten

    private final class Gemeente {
        final String slug;
        final String name;
        final String town;
        final int minimum;
        final int maximum;
        final int registrations;
        /** How many participants go through the whole assessment (visit, review, footprints, profile, plan). */
        final int assessed;
        final List<Org> orgs = new ArrayList<>();
        String cohortId;
        String cohortName;
        String kickOffId;
        String kickOffUid;
        int kickOffSequence;
        String sessionId;
        String sessionUid;
        int sessionSequence;
        String symposiumId;
        String symposiumUid;
        String networkActivityId;
        String networkActivityUid;
        Org winner;
        int actionsPlanned;
        int actionsDone;

        Gemeente(String slug, String name, String town, int minimum, int maximum, int registrations, int assessed) {
            this.slug = slug;
            this.name = name;
            this.town = town;
            this.minimum = minimum;
            this.maximum = maximum;
            this.registrations = registrations;
            this.assessed = assessed;
            for (int n = 0; n < registrations; n++) {
                orgs.add(new Org(ORGANISATIONS[n] + " " + town, "%08d".formatted(30_000_000 + n * 1_001),
                        "contact" + (n + 1) + "@" + slug + ".example"));
            }
        }

        Gemeente other() {
            return this == a ? b : a;
        }

        List<Org> placed() {
            return orgs.stream().filter(o -> o.placed).toList();
        }

        List<Org> assessedOrgs() {
            return placed().subList(0, assessed);
        }

        String coordinator() {
            return stack.issuerToken(slug, "coordinator", "coordinator@" + slug + ".example");
        }

        String advisorEmail() {
            return "adviseur@" + slug + ".example";
        }

        String advisor() {
            return stack.issuerToken(slug, "advisor", advisorEmail());
        }

        String participant(Org org) {
            return stack.issuerToken(slug, "participant", org.email);
        }

        String juror(int n) {
            return "jurylid" + n + "@" + slug + ".example";
        }
    }

    private static final class Org {
        final String name;
        final String kvk;
        final String email;
        String id;
        boolean placed;
        /** Withdrew during the year (no longer placed). */
        boolean left;
        int profileVersion;
        String recommendationId;
        BigDecimal baselineKg;
        BigDecimal finalKg;
        String certificateCode;

        Org(String name, String kvk, String email) {
            this.name = name;
            this.kvk = kvk;
            this.email = email;
        }

        String contactName() {
            return "Contact " + name;
        }

        String registrationJson() {
            return """
                    {"organisation":{"name":"%s","kvkNumber":"%s","type":"COMPANY","sbiCode":"56.10","sizeFte":12.5,
                      "address":{"street":"Hoofdstraat","houseNumber":"12","postalCode":"9351 AB","city":"Leek"}},
                     "contact":{"name":"%s","email":"%s","phone":"0594 123 456","locale":"nl"},
                     "consentToTerms":true}""".formatted(name, kvk, contactName(), email);
        }
    }

    // ================================================================== ordered steps

    /** After a step fails, the later steps of the year are skipped: they build on what it should have made. */
    static final class StopAfterFirstFailure implements TestWatcher, ExecutionCondition {

        private static final ExtensionContext.Namespace NAMESPACE =
                ExtensionContext.Namespace.create(StopAfterFirstFailure.class);

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            context.getParent().ifPresent(parent -> parent.getStore(NAMESPACE)
                    .put("failed", context.getDisplayName()));
        }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (context.getTestMethod().isEmpty()) {
                return ConditionEvaluationResult.enabled("the class");
            }
            String failed = context.getParent().map(p -> p.getStore(NAMESPACE).get("failed", String.class))
                    .orElse(null);
            return failed == null ? ConditionEvaluationResult.enabled("no step failed")
                    : ConditionEvaluationResult.disabled("an earlier step of the year failed: " + failed);
        }
    }
}
