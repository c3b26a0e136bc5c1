package nl.koploper.local.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.koploper.local.demo.DemoData.Gemeente;
import nl.koploper.local.demo.DemoData.Organisation;
import nl.koploper.local.demo.StackClient.UnexpectedAnswer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ./koploper demo}: fills the running local stack with the year of two gemeenten as their users would, through
 * the gateway only. Per gemeente a cohort in the middle of its year: organisations registered (the last one of
 * Westerkwartier on the waiting list), the cohort started, the proposed kick-off given its venue and confirmed, a
 * knowledge session planned, consumption data and footprints for every organisation, advisors assigned with their
 * nulmeting visits, reviews and profiles, two published profiles with action plans under way. Everything else follows
 * from the events: assessment cases, invitations and mails in the inbox.
 *
 * <p>The time line is squeezed into "now": meetings and visits can only be planned in the future, so the kick-off is
 * the platform's own proposal (a Tuesday evening at least two weeks ahead) and the visits fall in the coming weeks.
 *
 * <p>Running it again finds the demo cohorts by name and says they are there already; {@code --again} adds a fresh
 * cohort to each gemeente next to the earlier ones.
 */
public final class Demo {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Duration EVENT_WAIT = Duration.ofSeconds(120);

    private final StackClient stack;
    private final boolean again;

    Demo(StackClient stack, boolean again) {
        this.stack = stack;
        this.again = again;
    }

    public static void main(String[] args) {
        boolean again = List.of(args).contains("--again");
        try {
            new Demo(StackClient.fromSystemProperties(), again).run();
        } catch (UnexpectedAnswer e) {
            System.err.println("koploper demo: " + e.getMessage());
            System.exit(1);
        }
    }

    void run() {
        List<String> summary = new ArrayList<>();
        for (Gemeente gemeente : DemoData.GEMEENTEN) {
            summary.add(fill(gemeente));
        }
        System.out.println();
        summary.forEach(System.out::println);
    }

    // ------------------------------------------------------------------ one gemeente

    private String fill(Gemeente gemeente) {
        String coordinator = stack.token(gemeente.slug(), "coordinator", gemeente.coordinatorEmail());
        Map<String, String> existing = demoCohorts(coordinator);
        String baseName = gemeente.cohortName() + " " + LocalDate.now(AMSTERDAM).getYear();
        // Earlier demo cohorts: the base name, or with " (n)" from --again or from a run that stopped half-way.
        List<String> earlier = existing.keySet().stream()
                .filter(name -> name.equals(baseName) || name.matches(Pattern.quote(baseName)
                        + " \\(\\d+\\)")).toList();
        if (!again) {
            for (String name : earlier) {
                if (complete(coordinator, existing.get(name))) {
                    say(gemeente, "the demo is already there (cohort '" + name
                            + "'); ./koploper demo --again adds a fresh cohort");
                    return gemeente.slug() + ": already there, cohort '" + name + "'";
                }
            }
            if (!earlier.isEmpty()) {
                say(gemeente, "an earlier demo run stopped half-way (cohort '" + earlier.get(0)
                        + "'); starting a fresh cohort");
            }
        }
        String cohortName = baseName;
        for (int n = 2; existing.containsKey(cohortName); n++) {
            cohortName = baseName + " (" + n + ")";
        }
        say(gemeente, "cohort '" + cohortName + "'");
        String cohortId = createCohort(gemeente, coordinator, cohortName);
        register(gemeente, coordinator, cohortId);
        List<JsonNode> participants = participants(coordinator, cohortId);
        List<JsonNode> placed = participants.stream()
                .filter(p -> "PLACED".equals(p.path("status").asString())).toList();
        stack.expectOk("start the cohort", "POST", "/api/cohorts/" + cohortId + "/start", coordinator, null);
        say(gemeente, placed.size() + " placed, " + (participants.size() - placed.size())
                + " on the waiting list; cohort started");

        confirmKickOff(gemeente, coordinator, cohortId);
        planKnowledgeSession(gemeente, coordinator, cohortId, placed);
        footprints(gemeente, coordinator, placed);
        int published = assessments(gemeente, coordinator, cohortId, placed);

        String firstContact = placed.get(0).path("contact").path("email").asString();
        int mails = waitForMail(firstContact, 3);
        say(gemeente, mails + " mails so far in the inbox of " + firstContact);
        return gemeente.slug() + ": cohort '" + cohortName + "' (" + cohortId + "), " + placed.size()
                + " participants, " + published + " published profiles; mail e.g. " + firstContact;
    }

    /** The gemeente's cohorts, name to id. */
    private Map<String, String> demoCohorts(String coordinator) {
        JsonNode page = stack.expectOk("list cohorts", "GET", "/api/cohorts?size=100", coordinator, null);
        Map<String, String> cohorts = new LinkedHashMap<>();
        page.path("content").forEach(c -> cohorts.put(c.path("name").asString(), c.path("id").asString()));
        return cohorts;
    }

    /** A demo cohort is complete when its last step, the published profiles, is there. */
    private boolean complete(String coordinator, String cohortId) {
        JsonNode cases = stack.expectOk("list cases", "GET", "/api/assessments/cases?cohortId=" + cohortId
                + "&status=PROFILE_PUBLISHED&size=100", coordinator, null);
        return cases.path("content").size() >= 2;
    }

    private String createCohort(Gemeente gemeente, String coordinator, String name) {
        OffsetDateTime now = OffsetDateTime.now(AMSTERDAM).withNano(0);
        ObjectNode body = StackClient.JSON.createObjectNode()
                .put("name", name)
                .put("year", LocalDate.now(AMSTERDAM).getYear())
                .put("minimum", gemeente.minimum())
                .put("maximum", gemeente.maximum())
                .put("registrationDeadline", now.plusDays(21).withHour(23).withMinute(59).withSecond(0).toString())
                .put("assignmentDeadline", now.plusDays(200).withHour(23).withMinute(59).withSecond(0).toString());
        // The key makes a demo interrupted after this request find its cohort again instead of making another.
        StackClient.Answer created = stack.send("POST", "/api/cohorts", coordinator, body,
                Map.of("Idempotency-Key", "demo-" + gemeente.slug() + "-" + name.replaceAll("[^A-Za-z0-9]", "")));
        if (!created.ok()) {
            throw new UnexpectedAnswer("create the cohort: " + created.status() + " " + created.text());
        }
        String id = created.body().path("id").asString();
        if (!"OPEN".equals(created.body().path("status").asString())) {
            stack.expectOk("open the cohort", "POST", "/api/cohorts/" + id + "/open", coordinator, null);
        }
        return id;
    }

    private void register(Gemeente gemeente, String coordinator, String cohortId) {
        for (Organisation org : gemeente.organisations()) {
            ObjectNode body = registration(org);
            if (org.publicForm()) {
                stack.expectOk("register " + org.name() + " on the public form", "POST",
                        "/api/public/cohorts/" + gemeente.slug() + "/" + cohortId + "/registrations", null, body);
            } else {
                stack.expectOk("register " + org.name(), "POST", "/api/cohorts/" + cohortId + "/participants",
                        coordinator, body);
            }
        }
    }

    static ObjectNode registration(Organisation org) {
        ObjectNode body = StackClient.JSON.createObjectNode();
        ObjectNode organisation = body.putObject("organisation")
                .put("name", org.name()).put("kvkNumber", org.kvkNumber()).put("type", org.type())
                .put("sbiCode", org.sbiCode()).put("sizeFte", org.fte());
        organisation.putObject("address").put("street", org.street()).put("houseNumber", org.houseNumber())
                .put("postalCode", org.postalCode()).put("city", org.city());
        body.putObject("contact").put("name", org.contactName()).put("email", org.contactEmail())
                .put("phone", org.phone()).put("locale", "nl");
        body.put("consentToTerms", true);
        return body;
    }

    private List<JsonNode> participants(String coordinator, String cohortId) {
        JsonNode page = stack.expectOk("list participants", "GET",
                "/api/cohorts/" + cohortId + "/participants?size=100", coordinator, null);
        List<JsonNode> list = new ArrayList<>();
        page.path("content").forEach(list::add);
        return list;
    }

    // ------------------------------------------------------------------ meetings

    /**
     * events-service proposes the kick-off when the minimum is reached, as a draft at a placeholder venue; the
     * coordinator gives it the real venue at the proposed time and confirms it, which sends the invitations.
     */
    private void confirmKickOff(Gemeente gemeente, String coordinator, String cohortId) {
        JsonNode kickOff = await("the proposed kick-off of " + gemeente.slug(), () -> {
            JsonNode page = stack.expectOk("list meetings", "GET", "/api/meetings?cohortId=" + cohortId + "&size=100",
                    coordinator, null);
            for (JsonNode meeting : page.path("content")) {
                if ("KICK_OFF".equals(meeting.path("type").asString())) {
                    return meeting;
                }
            }
            return null;
        });
        String id = kickOff.path("id").asString();
        if ("DRAFT".equals(kickOff.path("status").asString())) {
            ObjectNode reschedule = StackClient.JSON.createObjectNode()
                    .put("start", wallClock(kickOff.path("start").asString()).toString())
                    .put("end", wallClock(kickOff.path("end").asString()).toString());
            reschedule.putObject("location").put("address", gemeente.meetingVenue());
            stack.expectOk("give the kick-off its venue", "POST", "/api/meetings/" + id + "/reschedule", coordinator,
                    reschedule);
            stack.expectOk("confirm the kick-off", "POST", "/api/meetings/" + id + "/confirm", coordinator, null);
        }
        say(gemeente, "kick-off confirmed for " + wallClock(kickOff.path("start").asString()) + " at "
                + gemeente.meetingVenue());
    }

    private void planKnowledgeSession(Gemeente gemeente, String coordinator, String cohortId, List<JsonNode> placed) {
        LocalDate day = LocalDate.now(AMSTERDAM).plusDays(35).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        ObjectNode body = StackClient.JSON.createObjectNode()
                .put("cohortId", cohortId)
                .put("type", "KNOWLEDGE_SESSION")
                .put("title", "Kennissessie: energie besparen en verduurzamen")
                .put("description", "Wat levert zonnepanelen, isolatie en groene stroom op? Met voorbeelden uit de "
                        + "groep en een rekenvoorbeeld met de CO2-voetafdruk.")
                .put("start", LocalDateTime.of(day, LocalTime.of(15, 0)).toString())
                .put("end", LocalDateTime.of(day, LocalTime.of(17, 0)).toString())
                .put("capacity", 30);
        body.putObject("location").put("address", gemeente.knowledgeSessionVenue());
        ArrayNode invitees = body.putObject("invitees").putArray("participants");
        for (JsonNode participant : placed) {
            invitees.addObject().put("id", participant.path("id").asString())
                    .put("name", participant.path("contact").path("name").asString())
                    .put("email", participant.path("contact").path("email").asString())
                    .put("locale", "nl");
        }
        check("plan the knowledge session", stack.send("POST", "/api/meetings", coordinator, body,
                Map.of("Idempotency-Key", "demo-knowledge-session-" + cohortId)));
        say(gemeente, "knowledge session planned for " + day + " 15:00");
    }

    // ------------------------------------------------------------------ footprints

    private void footprints(Gemeente gemeente, String coordinator, List<JsonNode> placed) {
        int year = LocalDate.now(AMSTERDAM).getYear() - 1;
        for (JsonNode participant : placed) {
            String id = participant.path("id").asString();
            Organisation org = organisation(gemeente, participant);
            String path = "/api/footprints/organisations/" + id + "/years/" + year;
            // footprint-service takes data only for organisations it knows from cohort-service's registration
            // events, a second or two after the registration: until then the PUT is a 404
            await("footprint-service to know " + org.name(), () -> {
                StackClient.Answer stored = stack.send("PUT", path, coordinator, Consumption.of(org, year), Map.of());
                if (stored.status() == 404) {
                    return null;
                }
                check("consumption data of " + org.name(), stored);
                return stored;
            });
            check("calculate the footprint of " + org.name(), stack.send("POST", path + "/calculations",
                    coordinator, null, Map.of("Idempotency-Key", "demo-" + id + "-" + year)));
        }
        say(gemeente, "consumption data " + year + " and footprints for " + placed.size() + " organisations");
    }

    private static Organisation organisation(Gemeente gemeente, JsonNode participant) {
        String kvk = participant.path("organisation").path("kvkNumber").asString();
        return gemeente.organisations().stream().filter(o -> o.kvkNumber().equals(kvk)).findFirst()
                .orElseThrow(() -> new UnexpectedAnswer("participant with unknown KvK number " + kvk));
    }

    // ------------------------------------------------------------------ assessments

    /**
     * The advisor's part of the nulmeting for the first organisations: assigned, visit planned; for three of them the
     * review is done and a profile generated; two profiles are published, and their action plans are under way.
     *
     * @return the number of profiles published
     */
    /**
     * The gemeente's advisor in its advisor register (added when not there yet, so a second run finds it): the id
     * that assigning a case takes.
     */
    private String registeredAdvisor(Gemeente gemeente, String coordinator) {
        for (JsonNode entry : stack.expectOk("the advisor register", "GET", "/api/assessments/advisors", coordinator,
                null)) {
            if (entry.path("email").asString().equalsIgnoreCase(gemeente.advisorEmail())) {
                return entry.path("id").asString();
            }
        }
        return stack.expectOk("add the advisor to the register", "POST", "/api/assessments/advisors", coordinator,
                StackClient.JSON.createObjectNode().put("name", gemeente.advisorName())
                        .put("email", gemeente.advisorEmail()).put("organisation", advisorOrganisation(gemeente)))
                .path("id").asString();
    }

    /** The consultancy the demo's advisor works for, as the local login page names it. */
    private static String advisorOrganisation(Gemeente gemeente) {
        String domain = gemeente.advisorEmail().substring(gemeente.advisorEmail().indexOf('@') + 1);
        return switch (domain) {
            case "adviesnoord.example" -> "Advies Noord";
            case "duurzaamadvies.example" -> "Duurzaam Advies";
            default -> "Adviesbureau " + domain;
        };
    }

    private int assessments(Gemeente gemeente, String coordinator, String cohortId, List<JsonNode> placed) {
        String advisor = stack.token(gemeente.slug(), "advisor", gemeente.advisorEmail());
        Map<String, JsonNode> cases = await("the assessment cases of " + gemeente.slug(), () -> {
            JsonNode page = stack.expectOk("list cases", "GET",
                    "/api/assessments/cases?cohortId=" + cohortId + "&size=100", coordinator, null);
            Map<String, JsonNode> byId = new LinkedHashMap<>();
            page.path("content").forEach(c -> byId.put(c.path("id").asString(), c));
            return byId.size() >= placed.size() ? byId : null;
        });
        List<String> issueCodes = issueCodes(coordinator);
        LocalDate visitDay = LocalDate.now(AMSTERDAM).plusDays(7);
        int published = 0;
        for (int i = 0; i < Math.min(4, placed.size()); i++) {
            JsonNode participant = placed.get(i);
            String caseId = participant.path("id").asString();
            if (!cases.containsKey(caseId)) {
                throw new UnexpectedAnswer("no assessment case for participant " + caseId);
            }
            String casePath = "/api/assessments/cases/" + caseId;
            Organisation org = organisation(gemeente, participant);
            stack.expectOk("assign the advisor", "PUT", casePath + "/advisor", coordinator,
                    StackClient.JSON.createObjectNode().put("advisorId", registeredAdvisor(gemeente, coordinator))
                            .put("locale", "nl"));
            visitDay = visitDay.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).plusDays(i % 4);
            stack.expectOk("plan the visit", "PUT", casePath + "/visit", advisor,
                    StackClient.JSON.createObjectNode()
                            .put("start", LocalDateTime.of(visitDay, LocalTime.of(10, 0)).toString())
                            .put("end", LocalDateTime.of(visitDay, LocalTime.of(12, 0)).toString())
                            .put("location", org.street() + " " + org.houseNumber() + ", " + org.city()));
            if (i >= 3) {
                continue;
            }
            stack.expectOk("the nulmeting review", "PUT", casePath + "/nulmeting", advisor, review(issueCodes, i));
            JsonNode draft = stack.expectOk("generate the profile", "POST", casePath + "/profiles", advisor, null);
            int version = draft.path("version").asInt();
            if (i >= 2) {
                continue;
            }
            stack.expectOk("publish the profile", "POST", casePath + "/profiles/" + version + "/publish", advisor,
                    null);
            published++;
            actionPlan(advisor, casePath, draft, org);
        }
        say(gemeente, "nulmeting: advisor " + gemeente.advisorName() + " on " + Math.min(4, placed.size())
                + " cases, " + Math.min(3, placed.size()) + " profiles, " + published + " published with action plans");
        return published;
    }

    private List<String> issueCodes(String token) {
        JsonNode subjects = stack.expectOk("the ISO 26000 catalogue", "GET", "/api/assessments/catalogue/issues",
                token, null);
        List<String> codes = new ArrayList<>();
        subjects.forEach(subject -> subject.path("issues").forEach(issue -> codes.add(issue.path("code").asString())));
        return codes;
    }

    /** Plausible, varied answers: a fixed pattern per organisation so a rerun gives the same profile. */
    static ObjectNode review(List<String> issueCodes, int organisation) {
        String[] relevance = {"VERY_RELEVANT", "RELEVANT", "RELEVANT", "NOT_RELEVANT", "VERY_RELEVANT"};
        ObjectNode body = StackClient.JSON.createObjectNode();
        ArrayNode issues = body.putArray("issues");
        for (int i = 0; i < issueCodes.size(); i++) {
            ObjectNode issue = issues.addObject().put("code", issueCodes.get(i));
            answer(issue.putObject("internal"), relevance[(i + organisation) % relevance.length],
                    (i * 7 + organisation * 3) % 5, "Besproken tijdens het bezoek.");
            answer(issue.putObject("productsAndServices"), relevance[(i * 3 + organisation) % relevance.length],
                    (i * 5 + organisation) % 5, "Nog geen beleid op papier.");
        }
        return body;
    }

    private static void answer(ObjectNode answer, String relevance, int maturity, String notes) {
        answer.put("relevance", relevance);
        if (!"NOT_RELEVANT".equals(relevance)) {
            answer.put("maturity", maturity);
        }
        answer.put("notes", notes);
    }

    private void actionPlan(String advisor, String casePath, JsonNode profile, Organisation org) {
        LocalDate today = LocalDate.now(AMSTERDAM);
        JsonNode recommendations = profile.path("recommendations");
        for (int i = 0; i < Math.min(2, recommendations.size()); i++) {
            ObjectNode action = StackClient.JSON.createObjectNode()
                    .put("recommendationId", recommendations.path(i).path("id").asString())
                    .put("owner", org.contactName())
                    .put("startDate", today.toString())
                    .put("dueDate", today.plusMonths(3 + 3L * i).toString())
                    .put("status", i == 0 ? "IN_PROGRESS" : "PLANNED");
            StackClient.Answer added = stack.send("POST", casePath + "/action-plan/actions", advisor, action, Map.of());
            if (!added.ok()) {
                throw new UnexpectedAnswer("add an action: " + added.status() + " " + added.text());
            }
            String location = added.header("Location");
            if (i == 0 && location != null) {
                String actionId = location.substring(location.lastIndexOf('/') + 1);
                stack.expectOk("progress on the action", "POST", casePath + "/action-plan/actions/" + actionId
                        + "/progress", advisor, StackClient.JSON.createObjectNode().put("date", today.toString())
                        .put("text", "Offertes opgevraagd bij twee leveranciers; besluit in het volgende overleg."));
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static void check(String what, StackClient.Answer answer) {
        if (!answer.ok()) {
            throw new UnexpectedAnswer(what + ": " + answer.status() + " " + StackClient.abbreviate(answer.text()));
        }
    }

    private int waitForMail(String address, int atLeast) {
        Instant deadline = Instant.now().plus(EVENT_WAIT);
        int count = 0;
        while (Instant.now().isBefore(deadline)) {
            count = stack.inbox(address).size();
            if (count >= atLeast) {
                return count;
            }
            StackClient.sleep(Duration.ofSeconds(1));
        }
        return count;
    }

    /** Polls until {@code probe} gives something: what other services do with an event takes a moment. */
    static <T> T await(String what, Supplier<T> probe) {
        Instant deadline = Instant.now().plus(EVENT_WAIT);
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new UnexpectedAnswer("waited " + EVENT_WAIT.toSeconds() + " s for " + what
                        + "; see ./koploper logs");
            }
            StackClient.sleep(Duration.ofSeconds(1));
        }
    }

    /** A time the services answer with an offset, as the wall-clock time in Amsterdam their requests take. */
    static LocalDateTime wallClock(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).atZoneSameInstant(AMSTERDAM).toLocalDateTime();
    }

    private static void say(Gemeente gemeente, String text) {
        System.out.println("  " + gemeente.slug() + ": " + text);
    }
}
