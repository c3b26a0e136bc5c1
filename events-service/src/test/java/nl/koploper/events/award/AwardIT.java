package nl.koploper.events.award;

import static nl.koploper.events.MeetingApi.coordinator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koploper.contracts.cohort.AwardGranted;
import nl.koploper.contracts.cohort.ContactDetails;
import nl.koploper.contracts.golden.GoldenSamples;
import nl.koploper.events.CohortTopic;
import nl.koploper.events.MeetingApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * {@code AwardGranted} through the embedded broker: the cohort's symposium (coordinator view and public page) shows
 * the winner, also one scheduled after the award; a redelivered older grant does not replace a later one; another
 * gemeente's symposium of a cohort with the same id shows nothing; a grant without a winner is refused.
 */
@KoploperIntegrationTest
class AwardIT extends ServiceIntegrationTest {

    @Test
    void theSymposiumShowsItsCohortsWinnerOnceGranted() throws Exception {
        MeetingApi api = new MeetingApi(http);
        CohortTopic topic = new CohortTopic(bootstrapServers);
        String gemeente = gemeenten.newGemeente("award");
        String other = gemeenten.newGemeente("award-b");
        String cohortId = "cohort-" + UUID.randomUUID();
        String before = symposium(api, gemeente, cohortId);
        String session = api.postJson("/api/meetings", coordinator(gemeente),
                        MeetingApi.meetingJson(cohortId, 20, 1, false))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String otherGemeentes = symposium(api, other, cohortId);
        assertThat((Object) JsonPath.read(api.meetingJsonOf(gemeente, before), "$.award")).isNull();

        String first = UUID.randomUUID().toString();
        topic.send(gemeente, cohortId, first, "award-granted.v1",
                granted(gemeente, cohortId, "Bakkerij De Eerste", "Eerste motivatie", "2026-11-27T10:00:00Z"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                awardWinner(api.meetingJsonOf(gemeente, before))).isEqualTo("Bakkerij De Eerste"));

        // A later grant (the coordinator's correction), then the first one redelivered: the later one stays.
        topic.send(gemeente, cohortId, UUID.randomUUID().toString(), "award-granted.v1",
                granted(gemeente, cohortId, "Fietsenmaker Later", "Tweede motivatie", "2026-11-27T12:00:00Z"));
        topic.send(gemeente, cohortId, first, "award-granted.v1",
                granted(gemeente, cohortId, "Bakkerij De Eerste", "Eerste motivatie", "2026-11-27T10:00:00Z"));
        // Sent after both with the same key, so consumed after them: once it is applied, they are too.
        String marker = "cohort-" + UUID.randomUUID();
        topic.send(gemeente, cohortId, UUID.randomUUID().toString(), "award-granted.v1",
                granted(gemeente, marker, "Markering BV", null, "2026-11-27T12:00:00Z"));
        String afterwards = symposium(api, gemeente, marker);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                awardWinner(api.meetingJsonOf(gemeente, afterwards))).isEqualTo("Markering BV"));
        String view = api.meetingJsonOf(gemeente, before);
        assertThat((String) JsonPath.read(view, "$.award.organisationName")).isEqualTo("Fietsenmaker Later");
        assertThat((String) JsonPath.read(view, "$.award.motivation")).isEqualTo("Tweede motivatie");

        // The public page shows it; a symposium scheduled after the award shows it too.
        String page = http.perform(get("/api/public/symposium/" + gemeente + "/" + before))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(page, "$.award.organisationName")).isEqualTo("Fietsenmaker Later");
        assertThat((String) JsonPath.read(page, "$.award.motivation")).isEqualTo("Tweede motivatie");
        String later = symposium(api, gemeente, cohortId);
        assertThat((String) JsonPath.read(api.meetingJsonOf(gemeente, later), "$.award.organisationName"))
                .isEqualTo("Fietsenmaker Later");
        assertThat((String) JsonPath.read(
                http.perform(get("/api/public/symposium/" + gemeente + "/" + later)).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString(), "$.award.organisationName"))
                .isEqualTo("Fietsenmaker Later");

        // Only a symposium shows it; another gemeente's symposium of a cohort with the same id shows nothing.
        assertThat((Object) JsonPath.read(session, "$.award")).isNull();
        String sessionId = JsonPath.read(session, "$.id");
        assertThat((Object) JsonPath.read(api.meetingJsonOf(gemeente, sessionId), "$.award")).isNull();
        assertThat((Object) JsonPath.read(api.meetingJsonOf(other, otherGemeentes), "$.award")).isNull();
        assertThat((Object) JsonPath.read(http.perform(get("/api/public/symposium/" + other + "/" + otherGemeentes))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.award")).isNull();
    }

    @Test
    void aGrantWithoutWinnerIsRefusedAndStoresNothing() throws Exception {
        MeetingApi api = new MeetingApi(http);
        CohortTopic topic = new CohortTopic(bootstrapServers);
        String gemeente = gemeenten.newGemeente("award-bad");
        String refused = "cohort-" + UUID.randomUUID();
        String marker = "cohort-" + UUID.randomUUID();
        String refusedSymposium = symposium(api, gemeente, refused);
        String markerSymposium = symposium(api, gemeente, marker);

        topic.send(gemeente, refused, UUID.randomUUID().toString(), "award-granted.v1",
                granted(gemeente, refused, "", "Geen winnaar", "2026-11-27T10:00:00Z"));
        topic.send(gemeente, refused, UUID.randomUUID().toString(), "award-granted.v1",
                granted(gemeente, marker, "Markering BV", null, "2026-11-27T10:00:00Z"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                awardWinner(api.meetingJsonOf(gemeente, markerSymposium))).isEqualTo("Markering BV"));
        assertThat((Object) JsonPath.read(api.meetingJsonOf(gemeente, refusedSymposium), "$.award")).isNull();
    }

    /**
     * The winner the meeting shows, or null before the award arrives: reading {@code $.award.organisationName} of a
     * null award throws instead of failing the assertion, which would end the wait at its first poll.
     */
    private static String awardWinner(String meetingJson) {
        Map<String, Object> award = JsonPath.read(meetingJson, "$.award");
        return award == null ? null : (String) award.get("organisationName");
    }

    private static String symposium(MeetingApi api, String gemeente, String cohortId) throws Exception {
        return MeetingApi.id(api.postJson("/api/meetings", coordinator(gemeente),
                        MeetingApi.meetingJson(cohortId, 100, 1, false).replace("KNOWLEDGE_SESSION", "SYMPOSIUM"))
                .andExpect(status().isCreated()));
    }

    private static String granted(String gemeente, String cohortId, String winner, String motivation,
                                  String grantedAt) {
        return GoldenSamples.sample(AwardGranted.class).with("tenantId", gemeente).with("cohortId", cohortId)
                .with("cohortName", "Koplopers").with("year", 2026).with("participantId", "p-1")
                .with("winnerOrganisationName", winner)
                .with("winnerContact", new ContactDetails("Anna", "contact1@example.nl", null, "nl"))
                .with("topOfRanking", motivation == null).with("motivation", motivation).with("recipients", List.of())
                .with("grantedAt", grantedAt).json();
    }
}
