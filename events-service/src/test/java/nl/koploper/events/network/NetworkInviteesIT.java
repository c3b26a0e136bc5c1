package nl.koploper.events.network;

import static nl.koploper.events.MeetingApi.coordinator;
import static nl.koploper.events.MeetingApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.koploper.contracts.Topics;
import nl.koploper.contracts.cohort.ContactDetails;
import nl.koploper.contracts.cohort.NetworkMemberJoined;
import nl.koploper.contracts.cohort.NetworkMemberLeft;
import nl.koploper.contracts.golden.GoldenSamples;
import nl.koploper.events.CohortTopic;
import nl.koploper.events.MeetingApi;
import nl.koploper.events.meeting.Invitee;
import nl.koploper.events.meeting.NetworkDirectory;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The gemeente's network from {@code NetworkMemberJoined}/{@code Left} on the embedded broker: a coordinator who
 * invites the network invites its current members (NETWORK_MEMBER, with personal RSVP links), once each; a member who
 * leaves gets one cancellation of each upcoming meeting it was invited to as member, also under redelivery; another
 * gemeente's events and members never mix in; a member whose contact cannot be invited is refused.
 */
@KoploperIntegrationTest
class NetworkInviteesIT extends ServiceIntegrationTest {

    // One key for the test's events of one gemeente: consumed in the order sent, so a marker proves the rest applied.
    private static final String KEY = "network-it";

    @Autowired
    NetworkDirectory network;

    @Test
    void theNetworkIsInvitedAndALeaverGetsOneCancellation() throws Exception {
        MeetingApi api = new MeetingApi(http);
        CohortTopic topic = new CohortTopic(bootstrapServers);
        String gemeente = gemeenten.newGemeente("net");
        String other = gemeenten.newGemeente("net-b");

        String joinedTwo = UUID.randomUUID().toString();
        topic.send(gemeente, KEY, UUID.randomUUID().toString(), "network-member-joined.v1",
                joined(gemeente, "m-1", "m1@example.nl", "2026-11-01T10:00:00Z"));
        topic.send(gemeente, KEY, joinedTwo, "network-member-joined.v1",
                joined(gemeente, "m-2", "m2@example.nl", "2026-11-02T10:00:00Z"));
        topic.send(gemeente, KEY, joinedTwo, "network-member-joined.v1",
                joined(gemeente, "m-2", "m2@example.nl", "2026-11-02T10:00:00Z"));
        topic.send(gemeente, KEY, UUID.randomUUID().toString(), "network-member-joined.v1",
                joined(gemeente, "m-bad", "geen-adres", "2026-11-03T10:00:00Z"));
        topic.send(gemeente, KEY, UUID.randomUUID().toString(), "network-member-joined.v1",
                joined(gemeente, "m-3", "m3@example.nl", "2026-11-04T10:00:00Z"));
        topic.send(other, KEY, UUID.randomUUID().toString(), "network-member-joined.v1",
                joined(other, "m-b", "mb@example.nl", "2026-11-01T10:00:00Z"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(memberIds(gemeente)).contains("m-3");
            assertThat(memberIds(other)).contains("m-b");
        });
        assertThat(memberIds(gemeente)).containsExactly("m-1", "m-2", "m-3");
        assertThat(memberIds(other)).containsExactly("m-b");

        // m-1 is also listed by hand: invited once.
        String cohortMeeting = MeetingApi.id(api.postJson("/api/meetings", coordinator(gemeente),
                withNetwork(MeetingApi.meetingJson("cohort-net", 20, 1, false))).andExpect(status().isCreated()));
        String activity = MeetingApi.id(api.postJson("/api/meetings", coordinator(gemeente),
                withNetwork(MeetingApi.meetingJson("", null, 0, false)
                        .replace("KNOWLEDGE_SESSION", "NETWORK_ACTIVITY"))).andExpect(status().isCreated()));
        String otherMeeting = MeetingApi.id(api.postJson("/api/meetings", coordinator(other),
                MeetingApi.meetingJson("cohort-net", 20, 1, false)
                        .replace("\"invitees\":{", "\"invitees\":{\"inviteNetwork\":true,"))
                .andExpect(status().isCreated()));
        assertThat(networkInvitees(api, gemeente, cohortMeeting)).containsExactly("m-1", "m-2", "m-3");
        assertThat(networkInvitees(api, gemeente, activity)).containsExactly("m-1", "m-2", "m-3");
        assertThat(networkInvitees(api, other, otherMeeting)).containsExactly("m-b");

        // The invitation went out with a personal RSVP link, which works as a participant's does.
        String scheduled = published(Topics.MEETING_EVENTS, cohortMeeting).payloads("meeting-scheduled.v1", 1).get(0);
        List<String> links = JsonPath.read(scheduled, "$.recipients[?(@.kind == 'NETWORK_MEMBER')].rsvpUrl");
        assertThat(links).hasSize(3);
        String link = links.get(1);
        http.perform(get(MeetingApi.rsvpApiPath(link))).andExpect(status().isOk());

        // m-2 leaves (delivered twice); a leaving in the other gemeente does not touch this one's m-1; the old join
        // of m-2 redelivered afterwards does not bring it back; m-4 joining marks that all of it was applied.
        String leftTwo = UUID.randomUUID().toString();
        topic.send(gemeente, KEY, leftTwo, "network-member-left.v1", left(gemeente, "m-2"));
        topic.send(gemeente, KEY, leftTwo, "network-member-left.v1", left(gemeente, "m-2"));
        topic.send(other, KEY, UUID.randomUUID().toString(), "network-member-left.v1", left(other, "m-1"));
        topic.send(gemeente, KEY, joinedTwo, "network-member-joined.v1",
                joined(gemeente, "m-2", "m2@example.nl", "2026-11-02T10:00:00Z"));
        topic.send(gemeente, KEY, UUID.randomUUID().toString(), "network-member-joined.v1",
                joined(gemeente, "m-4", "m4@example.nl", "2026-11-05T10:00:00Z"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(memberIds(gemeente)).contains("m-4"));
        assertThat(memberIds(gemeente)).containsExactly("m-1", "m-3", "m-4");
        assertThat(networkInvitees(api, gemeente, cohortMeeting)).containsExactly("m-1", "m-3");
        assertThat(networkInvitees(api, gemeente, activity)).containsExactly("m-1", "m-3");
        assertThat(networkInvitees(api, other, otherMeeting)).containsExactly("m-b");

        List<String> cancelled = cancellations(cohortMeeting);
        assertThat(cancelled).hasSize(1);
        assertThat((String) JsonPath.read(cancelled.get(0), "$.recipient.participantId")).isEqualTo("m-2");
        assertThat((String) JsonPath.read(cancelled.get(0), "$.reason")).isEqualTo("Gestopt");
        assertThat(cancellations(activity)).hasSize(1);

        String later = MeetingApi.id(api.postJson("/api/meetings", coordinator(gemeente),
                withNetwork(MeetingApi.meetingJson("cohort-net", 20, 1, false))).andExpect(status().isCreated()));
        assertThat(networkInvitees(api, gemeente, later)).containsExactly("m-1", "m-3", "m-4");
    }

    @Test
    void aNetworkFlagThatIsNotABooleanIsRefusedAndStoresNothing() throws Exception {
        MeetingApi api = new MeetingApi(http);
        String gemeente = gemeenten.newGemeente("net-bad");
        String body = MeetingApi.meetingJson("cohort-net", 20, 1, false)
                .replace("\"invitees\":{", "\"invitees\":{\"inviteNetwork\":\"misschien\",");
        problem(api.postJson("/api/meetings", coordinator(gemeente), body), 400);
        assertThat(api.meetingCount(gemeente)).isZero();
    }

    private List<String> memberIds(String gemeente) {
        return TenantContext.callAs(TenantId.of(gemeente), network::currentMembers).stream()
                .map(Invitee::participantId).toList();
    }

    private static List<String> networkInvitees(MeetingApi api, String gemeente, String meetingId) throws Exception {
        return JsonPath.read(api.meetingJsonOf(gemeente, meetingId),
                "$.invitations[?(@.kind == 'NETWORK_MEMBER' && @.active == true)].participantId");
    }

    /** The invitation cancellations published for a meeting, read on long enough that one sent twice would show. */
    private List<String> cancellations(String meetingId) {
        return published(Topics.MEETING_EVENTS, meetingId)
                .ofTypeAmong("meeting-invitation-cancelled.v1", 2).stream().map(ConsumerRecord::value).toList();
    }

    private static String withNetwork(String meetingJson) {
        return meetingJson.replace("\"invitees\":{", """
                "invitees":{"inviteNetwork":true,
                 "networkMembers":[{"id":"m-1","name":"Mies Een","email":"m1@example.nl"}],""");
    }

    private static String joined(String gemeente, String memberId, String email, String joinedAt) {
        return GoldenSamples.sample(NetworkMemberJoined.class).with("tenantId", gemeente).with("memberId", memberId)
                .with("organisationName", "Organisatie " + memberId).with("kvkNumber", "12345678")
                .with("contact", new ContactDetails("Contact " + memberId, email, null, "en"))
                .with("cohortId", "cohort-2025").with("cohortName", "Koplopers 2025").with("cohortYear", 2025)
                .with("joinedAt", joinedAt).json();
    }

    private static String left(String gemeente, String memberId) {
        return GoldenSamples.sample(NetworkMemberLeft.class).with("tenantId", gemeente).with("memberId", memberId)
                .with("organisationName", "Organisatie " + memberId)
                .with("contact", new ContactDetails("Contact", "x@example.nl", null, "nl"))
                .with("removedByCoordinator", false).with("reason", "Gestopt").with("leftAt", "2026-11-20T10:00:00Z")
                .json();
    }
}
