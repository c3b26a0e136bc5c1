package nl.koploper.events.feed;

import static nl.koploper.events.MeetingApi.coordinator;
import static nl.koploper.events.MeetingApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.DtStart;
import nl.koploper.events.MeetingApi;
import nl.koploper.events.rsvp.RsvpProperties;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The subscribable calendar feeds, read back with ical4j as a calendar application would: the cohort's announced
 * meetings (the cancelled one as CANCELLED, no drafts), a participant's own, and every address that must not work.
 */
@KoploperIntegrationTest
class CalendarFeedIT extends ServiceIntegrationTest {

    @Autowired
    RsvpProperties properties;

    MeetingApi api;
    String gemeente;
    String held;
    String cancelled;

    @BeforeEach
    void aCohortWithAMeetingACancelledOneAndADraft() throws Exception {
        api = new MeetingApi(http);
        gemeente = gemeenten.newGemeente("feed");
        held = api.schedule(gemeente, 20, 2);
        cancelled = api.schedule(gemeente, 20, 1);
        api.postJson("/api/meetings/" + cancelled + "/cancel", coordinator(gemeente), "{\"reason\":\"Zaal bezet\"}")
                .andExpect(status().isOk());
        api.postJson("/api/meetings", coordinator(gemeente), MeetingApi.meetingJson("cohort-1", 20, 2, true))
                .andExpect(status().isCreated());
    }

    @Test
    void theCohortFeedHasEveryAnnouncedMeetingWithItsUidSequenceAndAmsterdamTimes() throws Exception {
        String path = subscribePath("/api/meetings/feeds/cohorts/cohort-1", coordinator(gemeente));
        assertThat(path).startsWith("/api/public/meetings/feeds/cohorts/cohort-1.ics?token=");

        String feed = http.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString();

        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        assertThat(value(calendar.getPropertyList().getProperty("METHOD"))).isEqualTo("PUBLISH");
        assertThat(components(calendar, "VTIMEZONE")).hasSize(1);
        Map<String, Component> byUid = components(calendar, "VEVENT").stream()
                .collect(Collectors.toMap(event -> value(event.getProperty("UID")), event -> event));
        assertThat(byUid).containsOnlyKeys(uid(held), uid(cancelled));

        Component meeting = byUid.get(uid(held));
        assertThat(value(meeting.getProperty("STATUS"))).isEqualTo("CONFIRMED");
        assertThat(value(meeting.getProperty("SEQUENCE"))).isEqualTo("0");
        assertThat(value(meeting.getProperty("SUMMARY"))).isEqualTo("Kennissessie energie");
        assertThat(value(meeting.getProperty("LOCATION"))).isEqualTo("Grote Markt 1, 9712 HN Groningen");
        Property start = meeting.getProperty("DTSTART").orElseThrow();
        assertThat(start.getValue()).isEqualTo("20990612T100000");
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Amsterdam");
        // Read through the feed's own VTIMEZONE: 10:00 in June is 08:00 UTC.
        assertThat(Instant.from((Temporal) ((DtStart<?>) start).getDate()))
                .isEqualTo(Instant.parse("2099-06-12T08:00:00Z"));
        assertThat(value(meeting.getProperty("DTEND"))).isEqualTo("20990612T120000");

        Component called = byUid.get(uid(cancelled));
        assertThat(value(called.getProperty("STATUS"))).isEqualTo("CANCELLED");
        assertThat(value(called.getProperty("SEQUENCE"))).isEqualTo("1");
        // Exactly as written, line by line: what a strict client sees.
        assertThat(feed.split("\r\n")).contains("DTSTART;TZID=Europe/Amsterdam:20990612T100000", "STATUS:CANCELLED",
                "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:VCALENDAR");
        assertThat(feed).doesNotContain("\n\n").endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void aParticipantSubscribesToItsOwnFeedOnly() throws Exception {
        String participant = "Bearer " + TestTokens.tokenWithEmail(gemeente, "contact1@example.nl", "participant");
        String path = subscribePath("/api/meetings/feeds/participants/p-1", participant);

        Calendar calendar = new CalendarBuilder().build(new StringReader(
                http.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()));
        assertThat(components(calendar, "VEVENT")).extracting(event -> value(event.getProperty("UID")))
                .containsExactlyInAnyOrder(uid(held), uid(cancelled));

        // Organisation 2 was invited only to the first meeting.
        String second = "Bearer " + TestTokens.tokenWithEmail(gemeente, "contact2@example.nl", "participant");
        Calendar ofSecond = new CalendarBuilder().build(new StringReader(http.perform(
                        get(subscribePath("/api/meetings/feeds/participants/p-2", second)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()));
        assertThat(components(ofSecond, "VEVENT")).extracting(event -> value(event.getProperty("UID")))
                .containsExactly(uid(held));

        // Another organisation's feed, a cohort feed, and the same address in another gemeente: none of them.
        problem(http.perform(get("/api/meetings/feeds/participants/p-2").header("Authorization", participant)), 404);
        problem(http.perform(get("/api/meetings/feeds/cohorts/cohort-1").header("Authorization", participant)), 403);
        String elsewhere = "Bearer " + TestTokens.tokenWithEmail(gemeenten.newGemeente("feed-b"),
                "contact1@example.nl", "participant");
        problem(http.perform(get("/api/meetings/feeds/participants/p-1").header("Authorization", elsewhere)), 404);
    }

    @Test
    void aTamperedOrMisusedAddressIsUnauthorised() throws Exception {
        String path = subscribePath("/api/meetings/feeds/cohorts/cohort-1", coordinator(gemeente));
        String token = path.substring(path.indexOf("token=") + 6);
        int dot = token.indexOf('.');
        String flipped = token.substring(0, token.length() - 2)
                + (token.charAt(token.length() - 2) == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        String base = "/api/public/meetings/feeds/cohorts/cohort-1.ics?token=";
        for (String forged : List.of(flipped, token.substring(0, dot), "not-a-token", "a.b.c", "")) {
            problem(http.perform(get(base + forged)), 401);
        }
        problem(http.perform(get("/api/public/meetings/feeds/cohorts/cohort-1.ics")), 401);
        // A genuine token, used for another cohort or as a participant's feed.
        problem(http.perform(get("/api/public/meetings/feeds/cohorts/cohort-2.ics?token=" + token)), 401);
        problem(http.perform(get("/api/public/meetings/feeds/participants/cohort-1.ics?token=" + token)), 401);
    }

    @Test
    void aRevokedAddressIsGoneAndTheNewOneWorks() throws Exception {
        String old = subscribePath("/api/meetings/feeds/cohorts/cohort-1", coordinator(gemeente));
        assertThat(subscribePath("/api/meetings/feeds/cohorts/cohort-1", coordinator(gemeente))).isEqualTo(old);

        http.perform(delete("/api/meetings/feeds/cohorts/cohort-1").header("Authorization", coordinator(gemeente)))
                .andExpect(status().isNoContent());

        problem(http.perform(get(old)), 410);
        String renewed = subscribePath("/api/meetings/feeds/cohorts/cohort-1", coordinator(gemeente));
        assertThat(renewed).isNotEqualTo(old);
        http.perform(get(renewed)).andExpect(status().isOk());
    }

    @Test
    void anotherGemeenteFindsNoFeed() throws Exception {
        String other = gemeenten.newGemeente("feed-b");
        problem(http.perform(get("/api/meetings/feeds/cohorts/cohort-1").header("Authorization", coordinator(other))),
                404);
        problem(http.perform(delete("/api/meetings/feeds/cohorts/cohort-1")
                .header("Authorization", coordinator(other))), 404);
        problem(http.perform(get("/api/meetings/feeds/participants/p-1").header("Authorization", coordinator(other))),
                404);
        // Genuinely signed, but for the other gemeente: looked up there, where this cohort has no feed.
        String token = new FeedTokens(properties.keyBytes())
                .issue(new FeedClaims(TenantId.of(other), FeedKind.COHORT, "cohort-1", 1));
        problem(http.perform(get("/api/public/meetings/feeds/cohorts/cohort-1.ics?token=" + token)), 404);
        // A genuine token of a gemeente that is not registered at all.
        String unknown = new FeedTokens(properties.keyBytes())
                .issue(new FeedClaims(TenantId.of(TestTokens.newGemeente("nowhere")), FeedKind.COHORT, "cohort-1", 1));
        problem(http.perform(get("/api/public/meetings/feeds/cohorts/cohort-1.ics?token=" + unknown)), 404);
    }

    @Test
    void aBadIdIsRefused() throws Exception {
        problem(http.perform(get("/api/meetings/feeds/cohorts/{id}", "a|b")
                .header("Authorization", coordinator(gemeente))), 400)
                .andExpect(jsonPath("$.errors[0].field").value("cohortId"));
        problem(http.perform(get("/api/meetings/feeds/cohorts/" + "x".repeat(101))
                .header("Authorization", coordinator(gemeente))), 400);
    }

    private String subscribePath(String endpoint, String authorization) throws Exception {
        ResultActions result = http.perform(get(endpoint).header("Authorization", authorization))
                .andExpect(status().isOk());
        String url = JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.url");
        String webcal = JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.webcalUrl");
        assertThat(url).startsWith("http://localhost:8080/api/public/meetings/feeds/");
        assertThat(webcal).isEqualTo(url.replace("http://", "webcal://"));
        return url.substring(url.indexOf("/api/public/"));
    }

    private String uid(String meetingId) throws Exception {
        return JsonPath.read(api.meetingJsonOf(gemeente, meetingId), "$.uid");
    }

    private static List<Component> components(Calendar calendar, String name) {
        return calendar.getComponents().stream().filter(c -> c.getName().equals(name)).map(c -> (Component) c)
                .toList();
    }

    private static String value(java.util.Optional<? extends Property> property) {
        return property.orElseThrow().getValue();
    }
}
