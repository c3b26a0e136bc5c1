package nl.koploper.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code ./koploper demo} fills the stack as the README promises: what a new user is told to look at is there when
 * looked at through the gateway with the tokens the README names, and the mail arrived in the inbox it names. A
 * second run changes nothing and says so.
 */
@ExtendWith(LocalStack.Extension.class)
class DemoIT {

    private static final Duration DEMO_TIMEOUT = Duration.ofMinutes(10);
    private static final int YEAR = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
    private static final String WESTERKWARTIER_COHORT = "Koplopergroep Westerkwartier " + YEAR;
    private static final String OLDAMBT_COHORT = "Koplopergroep Oldambt " + YEAR;
    /** The participant the README points to, with its inbox. */
    private static final String BAKERY_CONTACT = "anneke@bakkerijdevries.example";

    private final LocalStack stack = LocalStack.get();
    /** The demo runs once for the class; the tests look at what it made. */
    private static KoploperCommand.Result firstRun;

    @BeforeAll
    static void runTheDemo() {
        firstRun = LocalStack.get().koploper(DEMO_TIMEOUT, "demo");
    }

    @Test
    void demoRunsAndSaysWhatToOpen() {
        assertThat(firstRun.exitCode()).as("./koploper demo: %s", firstRun.tail()).isZero();
        assertThat(firstRun.output()).contains("westerkwartier: cohort '" + WESTERKWARTIER_COHORT + "'")
                .contains("oldambt: cohort '" + OLDAMBT_COHORT + "'")
                .contains("./koploper token --tenant westerkwartier --role coordinator");
    }

    @Test
    void westerkwartierHasItsCohortWithPlacesAndAWaitingList() {
        String coordinator = stack.token("westerkwartier", "coordinator");
        String cohortId = cohortId(coordinator, WESTERKWARTIER_COHORT);

        String cohort = ok(stack.get("/api/cohorts/" + cohortId, coordinator));
        assertThat(JsonPath.<String>read(cohort, "$.status")).isEqualTo("STARTED");
        String participants = ok(stack.get("/api/cohorts/" + cohortId + "/participants?size=100", coordinator));
        assertThat(JsonPath.<List<String>>read(participants, "$.content[?(@.status == 'PLACED')].organisation.name"))
                .hasSize(10).contains("Bakkerij De Vries", "Gemeente Westerkwartier", "Zorgcentrum Het Oldehof");
        assertThat(JsonPath.<List<String>>read(participants,
                "$.content[?(@.status == 'WAITLISTED')].organisation.name"))
                .containsExactly("Transportbedrijf Wierenga");
    }

    @Test
    void oldambtHasItsCohortAndSeesNothingOfWesterkwartier() {
        String oldambt = stack.token("oldambt", "coordinator");
        String cohortId = cohortId(oldambt, OLDAMBT_COHORT);
        String participants = ok(stack.get("/api/cohorts/" + cohortId + "/participants?size=100", oldambt));
        assertThat(JsonPath.<List<String>>read(participants, "$.content[?(@.status == 'PLACED')].organisation.sbiCode"))
                .hasSize(8).contains("2562", "8710", "6201");

        String westerkwartierCohort = cohortId(stack.token("westerkwartier", "coordinator"), WESTERKWARTIER_COHORT);
        assertThat(stack.get("/api/cohorts/" + westerkwartierCohort, oldambt).statusCode()).isEqualTo(404);
        assertThat(ok(stack.get("/api/cohorts?size=100", oldambt))).doesNotContain(WESTERKWARTIER_COHORT);
        assertThat(ok(stack.get("/api/assessments/cases?cohortId=" + westerkwartierCohort, oldambt)))
                .doesNotContain("Bakkerij De Vries");
    }

    @Test
    void theBakeryHasAPublishedProfileItsContactCanReadAndAnActionPlan() {
        String coordinator = stack.token("westerkwartier", "coordinator");
        String cohortId = cohortId(coordinator, WESTERKWARTIER_COHORT);
        String cases = ok(stack.get("/api/assessments/cases?cohortId=" + cohortId + "&size=100", coordinator));
        List<String> published = JsonPath.read(cases, "$.content[?(@.status == 'PROFILE_PUBLISHED')].id");
        assertThat(published).hasSize(2);
        String bakeryCase = JsonPath.<List<String>>read(cases,
                "$.content[?(@.organisationName == 'Bakkerij De Vries')].id").get(0);

        String participant = stack.token("westerkwartier", "participant", BAKERY_CONTACT);
        String profiles = ok(stack.get("/api/assessments/cases/" + bakeryCase + "/profiles", participant));
        assertThat(JsonPath.<List<String>>read(profiles, "$..status")).contains("PUBLISHED");
        String plan = ok(stack.get("/api/assessments/cases/" + bakeryCase + "/action-plan", participant));
        assertThat(JsonPath.<List<Object>>read(plan, "$.actions")).isNotEmpty();
    }

    @Test
    void footprintsAndMeetingsAreThere() {
        String coordinator = stack.token("westerkwartier", "coordinator");
        String cohortId = cohortId(coordinator, WESTERKWARTIER_COHORT);
        String meetings = ok(stack.get("/api/meetings?cohortId=" + cohortId, coordinator));
        assertThat(JsonPath.<List<String>>read(meetings, "$.content[?(@.type == 'KICK_OFF')].status"))
                .containsExactly("SCHEDULED");
        assertThat(JsonPath.<List<String>>read(meetings, "$.content[?(@.type == 'KNOWLEDGE_SESSION')].status"))
                .containsExactly("SCHEDULED");

        String participant = ok(stack.get("/api/cohorts/" + cohortId + "/participants?size=100", coordinator));
        String bakeryId = JsonPath.<List<String>>read(participant,
                "$.content[?(@.organisation.name == 'Bakkerij De Vries')].id").get(0);
        String versions = ok(stack.get("/api/footprints/organisations/" + bakeryId + "/years/" + (YEAR - 1)
                + "/calculations", coordinator));
        assertThat(versions).contains("\"version\"");
    }

    @Test
    void theBakerysContactGotConfirmationInvitationsAndProfileMail() {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            List<String> subjects = JsonPath.read(stack.inbox(BAKERY_CONTACT), "$[*].subject");
            String mime = stack.inbox(BAKERY_CONTACT);
            // registration confirmation, kick-off and knowledge session invitations, visit invitation, profile
            assertThat(subjects).hasSizeGreaterThanOrEqualTo(5);
            assertThat(mime).contains("text/calendar");
        });
    }

    @Test
    void aSecondRunSaysTheDemoIsThereAndAddsNothing() {
        String coordinator = stack.token("westerkwartier", "coordinator");
        int cohortsBefore = JsonPath.<List<Object>>read(ok(stack.get("/api/cohorts?size=100", coordinator)),
                "$.content").size();

        KoploperCommand.Result again = stack.koploper(DEMO_TIMEOUT, "demo");

        assertThat(again.exitCode()).as(again.tail()).isZero();
        assertThat(again.output()).contains("already there");
        assertThat(JsonPath.<List<Object>>read(ok(stack.get("/api/cohorts?size=100", coordinator)), "$.content"))
                .hasSize(cohortsBefore);
    }

    private String cohortId(String coordinator, String name) {
        List<String> ids = JsonPath.read(ok(stack.get("/api/cohorts?size=100", coordinator)),
                "$.content[?(@.name == '" + name + "')].id");
        assertThat(ids).as("cohort '%s'", name).hasSize(1);
        return ids.get(0);
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s: %s", response.uri(), response.body()).isEqualTo(200);
        return response.body();
    }
}
