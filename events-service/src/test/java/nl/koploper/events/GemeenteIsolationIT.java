package nl.koploper.events;

import static nl.koploper.events.MeetingApi.coordinator;
import static nl.koploper.events.MeetingApi.meetingJson;
import static nl.koploper.events.MeetingApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoClient;
import java.time.OffsetDateTime;
import nl.koploper.events.meeting.RsvpLinks;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import nl.koploper.test.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Gemeente A's meeting, tried from gemeente B on every endpoint: B gets 404 (never 403, which would confirm the id
 * exists) and an empty list, an RSVP token of B cannot reach A's meeting, and A's meeting is exactly as it was.
 */
@KoploperIntegrationTest
class GemeenteIsolationIT extends ServiceIntegrationTest {

    @Autowired
    MongoClient mongo;
    @Autowired
    RsvpLinks links;

    MeetingApi api;
    String gemeenteA;
    String gemeenteB;
    String meetingOfA;
    String invitationOfA;
    String coordinatorB;
    String etagBefore;

    @BeforeEach
    void aScheduledMeetingOfGemeenteA() throws Exception {
        api = new MeetingApi(http);
        gemeenteA = gemeenten.newGemeente("a");
        gemeenteB = gemeenten.newGemeente("b");
        coordinatorB = coordinator(gemeenteB);
        meetingOfA = api.schedule(gemeenteA, 20, 2);
        invitationOfA = api.invitationIds(gemeenteA, meetingOfA).get(0);
        api.schedule(gemeenteB, 20, 1); // B exists too, with a database of its own
        etagBefore = api.etag(gemeenteA, meetingOfA);
    }

    @AfterEach
    void gemeenteAIsUnchanged() throws Exception {
        http.perform(get("/api/meetings/" + meetingOfA).header("Authorization", coordinator(gemeenteA)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", etagBefore))
                .andExpect(jsonPath("$.status").value("SCHEDULED"))
                .andExpect(jsonPath("$.invitations[0].response").value("NO_REPLY"));
    }

    @Test
    void anotherGemeenteCannotReadTheMeetingOrItsAttendance() throws Exception {
        problem(http.perform(get("/api/meetings/" + meetingOfA).header("Authorization", coordinatorB)), 404);
        problem(http.perform(get("/api/meetings/" + meetingOfA + "/attendance").header("Authorization", coordinatorB)),
                404);
        http.perform(get("/api/meetings").header("Authorization", coordinatorB))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[?(@.id == '" + meetingOfA + "')]").isEmpty());
        http.perform(get("/api/meetings").param("cohortId", "cohort-1").header("Authorization", coordinatorB))
                .andExpect(jsonPath("$.content[?(@.id == '" + meetingOfA + "')]").isEmpty());
    }

    @Test
    void anotherGemeenteCannotChangeTheMeeting() throws Exception {
        problem(http.perform(post("/api/meetings/" + meetingOfA + "/confirm").header("Authorization", coordinatorB)),
                404);
        problem(api.postJson("/api/meetings/" + meetingOfA + "/reschedule", coordinatorB,
                "{\"start\":\"2099-06-19T14:00\",\"end\":\"2099-06-19T16:00\",\"location\":{\"address\":\"B\"}}"),
                404);
        problem(api.postJson("/api/meetings/" + meetingOfA + "/cancel", coordinatorB, "{\"reason\":\"Overname\"}"),
                404);
        problem(api.postJson("/api/meetings/" + meetingOfA + "/attendance", coordinatorB,
                "{\"marks\":[{\"invitationId\":\"" + invitationOfA + "\",\"present\":true}]}"), 404);
    }

    @Test
    void anRsvpTokenOfAnotherGemeenteCannotTouchTheMeeting() throws Exception {
        String startOfA = JsonPath.read(api.meetingJsonOf(gemeenteA, meetingOfA), "$.start");
        // Genuinely signed, but for gemeente B: it is looked up in B's database only, where A's meeting is not.
        String link = links.linkFor(gemeenteB, meetingOfA, invitationOfA, OffsetDateTime.parse(startOfA).toInstant());
        String path = MeetingApi.rsvpApiPath(link);
        problem(http.perform(get(path)), 404);
        problem(http.perform(post(path).contentType(MediaType.APPLICATION_JSON).content("{\"response\":\"ACCEPTED\"}")),
                404);
    }

    @Test
    void aTenantHeaderOrParameterCannotReachGemeenteA() throws Exception {
        problem(http.perform(get("/api/meetings/" + meetingOfA).header("Authorization", coordinatorB)
                .header("X-Tenant-Id", gemeenteA)), 404);
        problem(http.perform(get("/api/meetings").param("tenant", gemeenteA).header("Authorization", coordinatorB)),
                403);
        // A tenantId in the body is not part of the request shape: refused by name, nothing stored anywhere.
        problem(api.postJson("/api/meetings", coordinatorB, meetingJson("cohort-1", 20, 1, false)
                        .replace("{\"cohortId\"", "{\"tenantId\":\"" + gemeenteA + "\",\"cohortId\"")), 400)
                .andExpect(jsonPath("$.errors[0].field").value("tenantId"));
        assertThat(api.meetingCount(gemeenteA)).isEqualTo(1);
        assertThat(api.meetingCount(gemeenteB)).isEqualTo(1);
    }

    @Test
    void eachGemeenteHasItsOwnDatabaseAndEveryDocumentNamesItsGemeente() {
        Document stored = mongo.getDatabase("events_" + gemeenteA).getCollection("meetings")
                .find(new Document("_id", meetingOfA)).first();
        assertThat(stored).isNotNull();
        assertThat(stored.getString("tenantId")).isEqualTo(gemeenteA);
        assertThat(mongo.getDatabase("events_" + gemeenteB).getCollection("meetings")
                .countDocuments(new Document("_id", meetingOfA))).isZero();
    }
}
