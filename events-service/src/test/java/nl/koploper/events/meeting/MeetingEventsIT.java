package nl.koploper.events.meeting;

import static nl.koploper.events.MeetingApi.coordinator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.contracts.Topics;
import nl.koploper.events.MeetingApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.PublishedEvents;
import nl.koploper.test.ServiceIntegrationTest;
import nl.koploper.test.SettableClock;
import nl.koploper.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What reaches Kafka when a coordinator schedules, reschedules and records attendance over HTTP: read back from
 * {@code meeting.events.v1} with a consumer of its own, exactly one event per change, each of its golden sample's
 * shape.
 */
@KoploperIntegrationTest
class MeetingEventsIT extends ServiceIntegrationTest {

    @Autowired
    SettableClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void oneRescheduleGivesExactlyOneUpdateWithEveryInvitee() throws Exception {
        MeetingApi api = new MeetingApi(http);
        String gemeente = gemeenten.newGemeente("ev");
        String meetingId = api.schedule(gemeente, 20, 3);
        String moved = "{\"start\":\"2099-06-19T14:00\",\"end\":\"2099-06-19T16:00\","
                + "\"location\":{\"onlineUrl\":\"https://meet.example.nl/koplopers\"}}";
        api.postJson("/api/meetings/" + meetingId + "/reschedule", coordinator(gemeente), moved)
                .andExpect(status().isOk());
        // The same time and place again (a double submit) is no change, so it sends nothing.
        api.postJson("/api/meetings/" + meetingId + "/reschedule", coordinator(gemeente), moved)
                .andExpect(status().isOk());

        List<ConsumerRecord<String, String>> events = published(Topics.MEETING_EVENTS, meetingId).atLeast(2);

        assertThat(events).extracting(PublishedEvents::type)
                .containsExactly("nl.koploper.meeting.meeting-scheduled.v1",
                        "nl.koploper.meeting.meeting-rescheduled.v1");
        assertThat(events).extracting(record -> PublishedEvents.header(record, EventHeaders.TENANT))
                .containsOnly(gemeente);
        String rescheduled = events.get(1).value();
        List<String> recipients = JsonPath.read(rescheduled, "$.recipients[*].email");
        assertThat(recipients).containsExactlyInAnyOrder("contact1@example.nl", "contact2@example.nl",
                "contact3@example.nl", "wethouder@gemeente.example.nl");
        List<String> rsvpLinks = JsonPath.read(rescheduled, "$.recipients[*].rsvpUrl");
        assertThat(rsvpLinks).allMatch(link -> link.startsWith(MeetingApi.RSVP_PAGE));
        assertThat((Integer) JsonPath.read(rescheduled, "$.meeting.sequence")).isEqualTo(1);
        assertThat((String) JsonPath.read(rescheduled, "$.meeting.uid"))
                .isEqualTo(JsonPath.read(events.get(0).value(), "$.meeting.uid"));
        assertThat((String) JsonPath.read(rescheduled, "$.meeting.start")).isEqualTo("2099-06-19T14:00:00+02:00");
        assertThat((String) JsonPath.read(rescheduled, "$.previousStart")).isEqualTo("2099-06-12T10:00:00+02:00");
    }

    @Test
    void recordedAttendanceIsPublishedOnceAsTheMeetingsWholeList() throws Exception {
        MeetingApi api = new MeetingApi(http);
        String gemeente = gemeenten.newGemeente("at");
        String meetingId = api.schedule(gemeente, 20, 2);
        List<String> invitations = api.invitationIds(gemeente, meetingId);
        String there = invitations.get(0);
        String notThere = invitations.get(1);
        clock.set(Instant.parse("2099-06-12T08:30:00Z")); // half an hour into the meeting (10:30 Dutch summer time)
        api.postJson("/api/meetings/" + meetingId + "/attendance", coordinator(gemeente),
                "{\"marks\":[{\"invitationId\":\"" + there + "\",\"present\":true},"
                        + "{\"invitationId\":\"" + notThere + "\",\"present\":false}]}")
                .andExpect(status().isOk());

        List<ConsumerRecord<String, String>> recorded = published(Topics.MEETING_EVENTS, meetingId)
                .ofTypeAmong("meeting-attendance-recorded.v1", 2);

        assertThat(recorded).hasSize(1);
        assertThat(PublishedEvents.header(recorded.get(0), EventHeaders.TENANT)).isEqualTo(gemeente);
        String json = recorded.get(0).value();
        assertThat((List<String>) JsonPath.read(json, "$.attendance[?(@.present == true)].invitationId"))
                .containsExactly(there);
        assertThat((List<String>) JsonPath.read(json, "$.attendance[?(@.present == false)].invitationId"))
                .contains(notThere).doesNotContain(there);
        assertThat((String) JsonPath.read(json, "$.recordedAt")).isEqualTo("2099-06-12T08:30:00Z");
    }
}
