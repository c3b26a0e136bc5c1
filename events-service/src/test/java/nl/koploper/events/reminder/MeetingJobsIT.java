package nl.koploper.events.reminder;

import static nl.koploper.events.MeetingApi.coordinator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The reminder and held-marking job over the real database and broker, with the test clock set to the moments that
 * matter: the day before (one reminder, however often and in how many "replicas" at once the job runs, to whoever
 * may still come), and after the end (HELD). Its meetings are in May 2098, earlier than every other IT's, so that
 * moving the clock there touches nothing of theirs.
 */
@KoploperIntegrationTest
class MeetingJobsIT extends ServiceIntegrationTest {

    // Monday 12 May 2098, 10:00 to 12:00 Amsterdam (+02:00).
    static final String START = "2098-05-12T10:00";
    static final String END = "2098-05-12T12:00";
    static final Instant STARTS_AT = Instant.parse("2098-05-12T08:00:00Z");
    static final Instant ENDS_AT = Instant.parse("2098-05-12T10:00:00Z");

    @Autowired
    SettableClock clock;
    @Autowired
    MeetingJobs jobs;

    MeetingApi api;

    @BeforeEach
    void api() {
        api = new MeetingApi(http);
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void oneReminderTheDayBeforeForWhoeverMayComeThenHeldAfterTheEnd() throws Exception {
        String gemeente = gemeenten.newGemeente("remind");
        String other = gemeenten.newGemeente("remind-b");
        String meeting = schedule(gemeente, 3);
        String meetingOfOther = schedule(other, 1);
        http.perform(post("/api/meetings/" + meeting + "/rsvp").contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", "Bearer " + TestTokens.tokenWithEmail(gemeente, "contact1@example.nl",
                                "participant"))
                        .content("{\"response\":\"DECLINED\"}"))
                .andExpect(status().isOk());

        clock.set(STARTS_AT.minusSeconds(25 * 3600));
        jobs.runOnce();
        clock.set(STARTS_AT.minusSeconds(23 * 3600));
        // Two runs one after the other, then two "replicas" at the same moment.
        jobs.runOnce();
        jobs.runOnce();
        CompletableFuture.allOf(CompletableFuture.runAsync(jobs::runOnce), CompletableFuture.runAsync(jobs::runOnce))
                .join();

        List<ConsumerRecord<String, String>> reminders = reminders(meeting);
        assertThat(reminders).hasSize(1);
        assertThat(PublishedEvents.header(reminders.get(0), EventHeaders.TENANT)).isEqualTo(gemeente);
        String reminder = reminders.get(0).value();
        List<String> recipients = JsonPath.read(reminder, "$.recipients[*].email");
        assertThat(recipients).containsExactlyInAnyOrder("contact2@example.nl", "contact3@example.nl",
                "wethouder@gemeente.example.nl");
        List<String> unanswered = JsonPath.read(reminder, "$.unansweredInvitationIds");
        assertThat(unanswered).hasSize(3);
        assertThat((String) JsonPath.read(reminder, "$.meeting.start")).isEqualTo("2098-05-12T10:00:00+02:00");
        assertThat((String) JsonPath.read(reminder, "$.dueAt")).startsWith("2098-05-11T09:00");

        // The other gemeente's meeting at the same time got its own, with only its own invitees.
        List<ConsumerRecord<String, String>> otherReminders = reminders(meetingOfOther);
        assertThat(otherReminders).hasSize(1);
        assertThat(PublishedEvents.header(otherReminders.get(0), EventHeaders.TENANT)).isEqualTo(other);
        List<String> otherRecipients = JsonPath.read(otherReminders.get(0).value(), "$.recipients[*].email");
        assertThat(otherRecipients).containsExactlyInAnyOrder("contact1@example.nl", "wethouder@gemeente.example.nl");

        clock.set(ENDS_AT.minusSeconds(60));
        jobs.runOnce();
        assertStatus(gemeente, meeting, "SCHEDULED");
        clock.set(ENDS_AT.plusSeconds(60));
        jobs.runOnce();
        jobs.runOnce();
        assertStatus(gemeente, meeting, "HELD");
        assertStatus(other, meetingOfOther, "HELD");
    }

    @Test
    void aMeetingRescheduledAfterItsReminderIsRemindedAgainForItsNewStartAndACancelledOneNot() throws Exception {
        String gemeente = gemeenten.newGemeente("remind");
        String moved = schedule(gemeente, 1);
        String cancelled = schedule(gemeente, 1);

        clock.set(STARTS_AT.minusSeconds(20 * 3600));
        jobs.runOnce();
        api.postJson("/api/meetings/" + moved + "/reschedule", coordinator(gemeente),
                        "{\"start\":\"2098-05-19T10:00\",\"end\":\"2098-05-19T12:00\","
                                + "\"location\":{\"address\":\"Hooiweg 6, Zuidhorn\"}}")
                .andExpect(status().isOk());
        api.postJson("/api/meetings/" + cancelled + "/cancel", coordinator(gemeente), "{}")
                .andExpect(status().isOk());
        clock.set(Instant.parse("2098-05-18T09:00:00Z"));
        jobs.runOnce();
        jobs.runOnce();
        // Its old end has passed, but it now ends a week later: not held yet.
        assertStatus(gemeente, moved, "SCHEDULED");

        List<ConsumerRecord<String, String>> events = published(Topics.MEETING_EVENTS, moved).atLeast(4);
        assertThat(events).extracting(PublishedEvents::type).containsExactly(
                "nl.koploper.meeting.meeting-scheduled.v1", "nl.koploper.meeting.meeting-reminder-due.v1",
                "nl.koploper.meeting.meeting-rescheduled.v1", "nl.koploper.meeting.meeting-reminder-due.v1");
        assertThat((String) JsonPath.read(events.get(3).value(), "$.meeting.start"))
                .isEqualTo("2098-05-19T10:00:00+02:00");
        // The cancelled one had its reminder before the cancellation, and none after.
        assertThat(published(Topics.MEETING_EVENTS, cancelled).atLeast(3)).extracting(PublishedEvents::type)
                .containsExactly("nl.koploper.meeting.meeting-scheduled.v1",
                        "nl.koploper.meeting.meeting-reminder-due.v1", "nl.koploper.meeting.meeting-cancelled.v1");
    }

    /** The reminders published for a meeting, read on long enough that one sent twice would show. */
    private List<ConsumerRecord<String, String>> reminders(String meetingId) {
        return published(Topics.MEETING_EVENTS, meetingId).ofTypeAmong("meeting-reminder-due.v1", 2);
    }

    private String schedule(String gemeente, int participants) throws Exception {
        return MeetingApi.id(api.postJson("/api/meetings", coordinator(gemeente),
                        MeetingApi.meetingJson("cohort-1", 20, participants, false)
                                .replace(MeetingApi.START, START).replace(MeetingApi.END, END))
                .andExpect(status().isCreated()));
    }

    private void assertStatus(String gemeente, String meeting, String expected) throws Exception {
        http.perform(get("/api/meetings/" + meeting).header("Authorization", coordinator(gemeente)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value(expected));
    }
}
