package nl.koploper.events;

import static nl.koploper.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import nl.koploper.events.meeting.RsvpLinks;
import nl.koploper.test.TestTokens;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Drives the meeting API the way a client does, for the integration tests: tokens per gemeente and role, a "mother"
 * for valid meeting bodies, and the common steps (schedule, read, the personal RSVP path of an invitation).
 */
public final class MeetingApi {

    /** Far enough ahead that every meeting is in the future; 2099-06-12 is a Friday, in summer time (+02:00). */
    public static final String START = "2099-06-12T10:00";
    public static final String END = "2099-06-12T12:00";

    private final MockMvc http;

    public MeetingApi(MockMvc http) {
        this.http = http;
    }



    public static String coordinator(String gemeente) {
        return bearer(gemeente, "coordinator");
    }

    /** A knowledge session of cohort {@code cohortId} with {@code participants} organisations and one guest. */
    public static String meetingJson(String cohortId, Integer capacity, int participants, boolean propose) {
        StringBuilder invited = new StringBuilder();
        for (int n = 1; n <= participants; n++) {
            invited.append(n > 1 ? "," : "").append("""
                    {"id":"p-%d","name":"Organisatie %d","email":"contact%d@example.nl","locale":"%s"}"""
                    .formatted(n, n, n, n % 2 == 0 ? "en" : "nl"));
        }
        return """
                {"cohortId":"%s","type":"KNOWLEDGE_SESSION","title":"Kennissessie energie",
                 "description":"Over warmtepompen","start":"%s","end":"%s",
                 "location":{"address":"Grote Markt 1, 9712 HN Groningen"},"capacity":%s,
                 "invitees":{"participants":[%s],
                             "guests":[{"name":"Wethouder Jansen","email":"wethouder@gemeente.example.nl"}]},
                 "propose":%s}""".formatted(cohortId, START, END, capacity, invited, propose);
    }

    public ResultActions postJson(String path, String authorization, String json) throws Exception {
        return http.perform(post(path).header("Authorization", authorization)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions read(String path, String authorization) throws Exception {
        return http.perform(get(path).header("Authorization", authorization));
    }

    /** Schedules a meeting of {@code gemeente} with {@code participants} organisations and a guest; returns its id. */
    public String schedule(String gemeente, Integer capacity, int participants) throws Exception {
        return id(postJson("/api/meetings", coordinator(gemeente),
                meetingJson("cohort-1", capacity, participants, false)).andExpect(status().isCreated()));
    }

    public String meetingJsonOf(String gemeente, String meetingId) throws Exception {
        return http.perform(get("/api/meetings/" + meetingId)
                        .header("Authorization", coordinator(gemeente)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    public String etag(String gemeente, String meetingId) throws Exception {
        return http.perform(get("/api/meetings/" + meetingId)
                .header("Authorization", coordinator(gemeente))).andReturn().getResponse().getHeader("ETag");
    }

    /** The active invitations' ids, in the order they were made. */
    public List<String> invitationIds(String gemeente, String meetingId) throws Exception {
        return JsonPath.read(meetingJsonOf(gemeente, meetingId), "$.invitations[?(@.active == true)].id");
    }

    public long meetingCount(String gemeente) throws Exception {
        return ((Number) JsonPath.read(http.perform(get("/api/meetings")
                        .header("Authorization", coordinator(gemeente))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.totalElements")).longValue();
    }

    /**
     * The public API path behind the personal RSVP link the invitee got, signed as the service signs it: the link is
     * the portal's page, the portal calls this path with the same token.
     */
    public String rsvpPath(RsvpLinks links, String gemeente, String meetingId, String invitationId) throws Exception {
        Instant startsAt = OffsetDateTime.parse(JsonPath.read(meetingJsonOf(gemeente, meetingId), "$.start"))
                .toInstant();
        return rsvpApiPath(links.linkFor(gemeente, meetingId, invitationId, startsAt));
    }

    /** Where the RSVP links lead: the local portal's RSVP page ({@code koploper.public-base-url}'s default). */
    public static final String RSVP_PAGE = "http://localhost:8070/rsvp/";

    /** The public API path the portal calls for a mailed RSVP link ({@code <base>/rsvp/<token>}): the same token. */
    public static String rsvpApiPath(String link) {
        assertThat(link).startsWith(RSVP_PAGE);
        String token = link.substring(RSVP_PAGE.length());
        assertThat(token).isNotEmpty().doesNotContain("/");
        return "/api/public/meetings/rsvp/" + token;
    }

    public static String id(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }

    /** A problem+json answer with this status, carrying no internals. */
    public static ResultActions problem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(jsonPath("$.trace").doesNotExist());
    }
}
