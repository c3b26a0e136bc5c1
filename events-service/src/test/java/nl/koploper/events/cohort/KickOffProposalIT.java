package nl.koploper.events.cohort;

import static nl.koploper.events.MeetingApi.coordinator;
import static nl.koploper.events.MeetingApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.koploper.contracts.Topics;
import nl.koploper.contracts.cohort.CohortMinimumReached;
import nl.koploper.contracts.cohort.ContactDetails;
import nl.koploper.contracts.cohort.ParticipantSummary;
import nl.koploper.contracts.golden.GoldenSamples;
import nl.koploper.events.CohortTopic;
import nl.koploper.events.MeetingApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.PublishedEvents;
import nl.koploper.test.ServiceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * "Minimum reached" as cohort-service publishes it, through the embedded broker: the kick-off is proposed once as a
 * draft on the default evening at a placeholder place, nothing is sent until the coordinator has chosen the place and
 * confirmed, and a cohort that already has a kick-off gets no second one.
 */
@KoploperIntegrationTest
class KickOffProposalIT extends ServiceIntegrationTest {

    @Test
    void theKickOffIsProposedOnceAndSentOnlyWhenConfirmed() throws Exception {
        MeetingApi api = new MeetingApi(http);
        String gemeente = gemeenten.newGemeente("kick");
        String cohortId = "cohort-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();

        send(gemeente, cohortId, eventId, "cohort-minimum-reached.v1", minimumReached(gemeente, cohortId));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(kickOffs(gemeente, cohortId)).hasSize(1));

        // A redelivery, a second "minimum reached" under a new id, then a late registrant as a marker: the same
        // partition (key = cohort), so once the marker is invited, the two before it have been handled.
        send(gemeente, cohortId, eventId, "cohort-minimum-reached.v1", minimumReached(gemeente, cohortId));
        send(gemeente, cohortId, UUID.randomUUID().toString(), "cohort-minimum-reached.v1",
                minimumReached(gemeente, cohortId));
        send(gemeente, cohortId, UUID.randomUUID().toString(), "participant-registered.v1",
                registered(gemeente, cohortId, "p-marker"));
        String meetingId = kickOffs(gemeente, cohortId).get(0);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(participantIds(api, gemeente, meetingId))
                .contains("p-marker"));
        assertThat(kickOffs(gemeente, cohortId)).hasSize(1);

        http.perform(get("/api/meetings/" + meetingId).header("Authorization", coordinator(gemeente)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("KICK_OFF"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.title").value("Startbijeenkomst Koplopers 2099"))
                // Reached on Tuesday 6 January 2099 10:00 UTC: two weeks later is Tuesday the 20th, 19:30 Amsterdam.
                .andExpect(jsonPath("$.start").value("2099-01-20T19:30:00+01:00"))
                .andExpect(jsonPath("$.end").value("2099-01-20T21:30:00+01:00"))
                .andExpect(jsonPath("$.location.address").value("Nog te bepalen"))
                .andExpect(jsonPath("$.locationToBeDecided").value(true));
        // The participant whose contact has no usable address is left out, not the whole proposal.
        assertThat(participantIds(api, gemeente, meetingId)).containsExactly("p-1", "p-2", "p-marker");

        problem(http.perform(post("/api/meetings/" + meetingId + "/confirm")
                .header("Authorization", coordinator(gemeente))), 409)
                .andExpect(jsonPath("$.rule").value("location-to-be-decided"));
        api.postJson("/api/meetings/" + meetingId + "/reschedule", coordinator(gemeente),
                        "{\"start\":\"2099-01-20T19:30\",\"end\":\"2099-01-20T21:30\","
                                + "\"location\":{\"address\":\"Hooiweg 6, Zuidhorn\"}}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.locationToBeDecided").value(false));
        http.perform(post("/api/meetings/" + meetingId + "/confirm").header("Authorization", coordinator(gemeente)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SCHEDULED"));

        // The first thing ever published about the kick-off is its one invitation, to everyone invited by then.
        List<ConsumerRecord<String, String>> events = published(Topics.MEETING_EVENTS, meetingId).atLeast(1);
        assertThat(events).extracting(PublishedEvents::type)
                .containsExactly("nl.koploper.meeting.meeting-scheduled.v1");
        List<String> recipients = JsonPath.read(events.get(0).value(), "$.recipients[*].participantId");
        assertThat(recipients).containsExactlyInAnyOrder("p-1", "p-2", "p-marker");
        assertThat((String) JsonPath.read(events.get(0).value(), "$.meeting.location.address"))
                .isEqualTo("Hooiweg 6, Zuidhorn");

        // Another gemeente sees nothing of it.
        http.perform(get("/api/meetings").param("cohortId", cohortId)
                        .header("Authorization", coordinator(gemeenten.newGemeente("other"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void aCohortThatAlreadyHasAKickOffGetsNoProposal() throws Exception {
        MeetingApi api = new MeetingApi(http);
        String gemeente = gemeenten.newGemeente("kick");
        String cohortId = "cohort-" + UUID.randomUUID();
        // Planned without a participants list, so that it follows the cohort and the marker below is invited to it.
        String own = MeetingApi.id(api.postJson("/api/meetings", coordinator(gemeente),
                        MeetingApi.meetingJson(cohortId, 20, 0, false).replace("KNOWLEDGE_SESSION", "KICK_OFF")
                                .replace("\"participants\":[],", ""))
                .andExpect(status().isCreated()));

        send(gemeente, cohortId, UUID.randomUUID().toString(), "cohort-minimum-reached.v1",
                minimumReached(gemeente, cohortId));
        send(gemeente, cohortId, UUID.randomUUID().toString(), "participant-registered.v1",
                registered(gemeente, cohortId, "p-marker"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(participantIds(api, gemeente, own))
                .contains("p-marker"));

        assertThat(kickOffs(gemeente, cohortId)).containsExactly(own);
    }

    private List<String> kickOffs(String gemeente, String cohortId) throws Exception {
        String page = http.perform(get("/api/meetings").param("cohortId", cohortId)
                        .header("Authorization", coordinator(gemeente)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(page, "$.content[?(@.type == 'KICK_OFF')].id");
    }

    private static List<String> participantIds(MeetingApi api, String gemeente, String meetingId) throws Exception {
        return JsonPath.read(api.meetingJsonOf(gemeente, meetingId),
                "$.invitations[?(@.active == true)].participantId");
    }

    private static String minimumReached(String gemeente, String cohortId) {
        return GoldenSamples.sample(CohortMinimumReached.class).with("tenantId", gemeente).with("cohortId", cohortId)
                .with("cohortName", "Koplopers 2099").with("year", 2099).with("minimumParticipants", 2)
                .with("participants", List.of(
                        participant("p-1", "Bakkerij Eén", "12345678", "Anna", "anna@example.nl", "nl"),
                        participant("p-2", "Fietsen Twee", "23456789", "Bram", "bram@example.nl", "en"),
                        participant("p-3", "Zonder Adres", "34567890", "Cor", "geen-adres", "nl")))
                .with("reachedAt", "2099-01-06T10:00:00Z").json();
    }

    private static ParticipantSummary participant(String id, String organisation, String kvkNumber, String name,
                                                  String email, String locale) {
        return new ParticipantSummary(id, organisation, kvkNumber, new ContactDetails(name, email, null, locale));
    }

    private static String registered(String gemeente, String cohortId, String participantId) {
        return CohortTopic.registered(gemeente, cohortId, participantId, "Laatkomer BV", "Lotte Laat",
                "marker@example.nl", false, "2099-01-07T10:00:00Z");
    }

    private void send(String gemeente, String cohortId, String eventId, String type, String payload) throws Exception {
        new CohortTopic(bootstrapServers).send(gemeente, cohortId, eventId, type, payload, "2099-01-06T11:00:00+01:00");
    }
}
