package nl.koploper.events.symposium;

import static nl.koploper.events.MeetingApi.coordinator;
import static nl.koploper.events.MeetingApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import nl.koploper.contracts.Topics;
import nl.koploper.events.MeetingApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import nl.koploper.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** The symposium's programme (coordinator) and its public page and guest form. */
@KoploperIntegrationTest
class SymposiumIT extends ServiceIntegrationTest {

    static final String PROGRAMME = """
            {"sessions":[
              {"start":"2099-06-12T11:00","end":"2099-06-12T12:00","title":"Uitreiking Koploperprijs",
               "speakers":[{"name":"Wethouder Jansen","organisation":"Gemeente"}]},
              {"start":"2099-06-12T10:00","end":"2099-06-12T10:45","title":"Opening",
               "description":"Een terugblik op het jaar","speakers":[]}]}""";

    MeetingApi api;
    String gemeente;
    String symposium;

    @BeforeEach
    void aScheduledSymposium() throws Exception {
        api = new MeetingApi(http);
        gemeente = gemeenten.newGemeente("symp");
        symposium = MeetingApi.id(api.postJson("/api/meetings", coordinator(gemeente),
                        MeetingApi.meetingJson("cohort-1", 100, 1, false).replace("KNOWLEDGE_SESSION", "SYMPOSIUM"))
                .andExpect(status().isCreated()));
    }

    @Test
    void theProgrammeIsKeptInTimeOrderAndShownOnThePublicPage() throws Exception {
        programme(coordinator(gemeente), symposium, PROGRAMME)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programme[0].title").value("Opening"))
                .andExpect(jsonPath("$.programme[1].speakers[0].name").value("Wethouder Jansen"));

        http.perform(get(publicPath(gemeente, symposium)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Kennissessie energie"))
                .andExpect(jsonPath("$.start").value("2099-06-12T10:00:00+02:00"))
                .andExpect(jsonPath("$.programme.length()").value(2))
                .andExpect(jsonPath("$.programme[0].start").value("2099-06-12T10:00"))
                .andExpect(jsonPath("$.programme[1].title").value("Uitreiking Koploperprijs"))
                .andExpect(jsonPath("$.invitations").doesNotExist());
    }

    @Test
    void programmeTimesWithZOrAnOffsetAreReadAsTheAmsterdamTimeOfThatInstant() throws Exception {
        programme(coordinator(gemeente), symposium, """
                {"sessions":[
                  {"start":"2099-06-12T08:00Z","end":"2099-06-12T10:45+02:00","title":"Opening"},
                  {"start":"2099-06-12T11:00+02:00","end":"2099-06-12T10:00Z","title":"Uitreiking Koploperprijs"}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programme[0].start").value("2099-06-12T10:00"))
                .andExpect(jsonPath("$.programme[0].end").value("2099-06-12T10:45"))
                .andExpect(jsonPath("$.programme[1].start").value("2099-06-12T11:00"))
                .andExpect(jsonPath("$.programme[1].end").value("2099-06-12T12:00"));
    }

    @Test
    void aBadProgrammeIsRefusedWithEveryWrongFieldAndChangesNothing() throws Exception {
        programme(coordinator(gemeente), symposium, PROGRAMME).andExpect(status().isOk());

        problem(programme(coordinator(gemeente), symposium, """
                {"sessions":[
                  {"start":"2099-06-12T09:00","end":"2099-06-12T10:30","title":"Te vroeg"},
                  {"start":"2099-06-12T10:00","end":"2099-06-12T09:00","title":" ",
                   "speakers":[{"name":""}]}]}"""), 400)
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "sessions[1].end", "sessions[1].title", "sessions[1].speakers[0].name")));
        problem(programme(coordinator(gemeente), symposium, """
                {"sessions":[{"start":"2099-06-12T09:00","end":"2099-06-12T10:30","title":"Te vroeg"}]}"""), 400)
                .andExpect(jsonPath("$.errors[0].field").value("sessions[0].start"));
        problem(programme(coordinator(gemeente), symposium, "{\"sessions\":[{\"start\":\"morgen\"}]}"), 400);

        List<String> titles = JsonPath.read(api.meetingJsonOf(gemeente, symposium), "$.programme[*].title");
        assertThat(titles).containsExactly("Opening", "Uitreiking Koploperprijs");
    }

    @Test
    void onlyASymposiumHasAProgrammeAndOnlyItsCoordinatorSetsIt() throws Exception {
        String session = api.schedule(gemeente, 20, 1);
        problem(programme(coordinator(gemeente), session, PROGRAMME), 409)
                .andExpect(jsonPath("$.rule").value("not-a-symposium"));
        problem(programme(TestTokens.bearer(gemeente, "participant"), symposium, PROGRAMME), 403);
        problem(programme(coordinator(gemeenten.newGemeente("symp-b")), symposium, PROGRAMME), 404);
        List<Object> programme = JsonPath.read(api.meetingJsonOf(gemeente, symposium), "$.programme");
        assertThat(programme).isEmpty();
    }

    @Test
    void aGuestRegistersOnceAndIsInvitedAsAGuest() throws Exception {
        register(gemeente, symposium, "{\"name\":\"Pers Redactie\",\"email\":\"redactie@krant.example\"}")
                .andExpect(status().isAccepted());
        register(gemeente, symposium, "{\"name\":\"Pers Redactie\",\"email\":\"Redactie@Krant.example\"}")
                .andExpect(status().isAccepted());

        String meeting = api.meetingJsonOf(gemeente, symposium);
        List<String> kinds = JsonPath.read(meeting, "$.invitations[?(@.email =~ /(?i)redactie@krant.example/)].kind");
        assertThat(kinds).containsExactly("GUEST");
        List<String> added = published(Topics.MEETING_EVENTS, symposium)
                .ofTypeAmong("meeting-invitation-added.v1", 2).stream().map(ConsumerRecord::value).toList();
        assertThat(added).hasSize(1);
        assertThat((String) JsonPath.read(added.get(0), "$.recipient.rsvpUrl"))
                .startsWith(MeetingApi.RSVP_PAGE);
    }

    @Test
    void theGuestReadsTheAnswerInDutchUnlessEnglishIsAsked() throws Exception {
        register(gemeente, symposium, "{\"name\":\"Pers\",\"email\":\"pers@krant.example\"}")
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.message").value("Dank u wel: de uitnodiging met uw persoonlijke link om te "
                        + "bevestigen is onderweg naar pers@krant.example"));
        http.perform(post(publicPath(gemeente, symposium) + "/registrations").header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Press\",\"email\":\"press@paper.example\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.message").value("Thank you: the invitation with your personal link to "
                        + "confirm is on its way to press@paper.example"));
        problem(register(gemeente, symposium, "{\"name\":\"Gast\",\"email\":\"geen-adres\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].code").value("not-an-email"))
                .andExpect(jsonPath("$.errors[0].message").value("'geen-adres' is geen e-mailadres"));
        problem(http.perform(get(publicPath(gemeente, "no-such-meeting")).header("Accept-Language", "en")), 404)
                .andExpect(jsonPath("$.title").value("Not found"));
        problem(http.perform(get(publicPath(gemeente, "no-such-meeting"))), 404)
                .andExpect(jsonPath("$.title").value("Niet gevonden"));
    }

    @Test
    void aBadFormIsRefusedAndStoresNothing() throws Exception {
        problem(register(gemeente, symposium, "{\"name\":\" \",\"email\":\"geen-adres\",\"locale\":\"fr\"}"), 400)
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "name", "email", "locale")));
        problem(register(gemeente, symposium, "not json"), 400);
        problem(register("Not_A_Slug", symposium, "{\"name\":\"Gast\",\"email\":\"gast@example.nl\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("tenant"));
        List<String> guests = JsonPath.read(api.meetingJsonOf(gemeente, symposium),
                "$.invitations[?(@.kind == 'GUEST')].email");
        assertThat(guests).containsExactly("wethouder@gemeente.example.nl");
    }

    @Test
    void thePublicPathFindsOnlyAScheduledSymposiumOfThatGemeente() throws Exception {
        String session = api.schedule(gemeente, 20, 1);
        String draft = MeetingApi.id(api.postJson("/api/meetings", coordinator(gemeente),
                MeetingApi.meetingJson("cohort-1", 20, 1, true).replace("KNOWLEDGE_SESSION", "SYMPOSIUM")));
        String other = gemeenten.newGemeente("symp-b");
        String guest = "{\"name\":\"Gast\",\"email\":\"gast@example.nl\"}";
        for (String path : List.of(publicPath(gemeente, session), publicPath(gemeente, draft),
                publicPath(other, symposium), publicPath(TestTokens.newGemeente("unknown"), symposium))) {
            problem(http.perform(get(path)), 404);
            problem(http.perform(post(path + "/registrations").contentType(MediaType.APPLICATION_JSON)
                    .content(guest)), 404);
        }
        assertThat(api.invitationIds(gemeente, symposium)).hasSize(2);
        assertThat(api.meetingCount(other)).isZero();
    }

    private ResultActions programme(String authorization, String meetingId, String json) throws Exception {
        return http.perform(put("/api/meetings/" + meetingId + "/programme").header("Authorization", authorization)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions register(String gemeente, String meetingId, String json) throws Exception {
        return http.perform(post(publicPath(gemeente, meetingId) + "/registrations")
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String publicPath(String gemeente, String meetingId) {
        return "/api/public/symposium/" + gemeente + "/" + meetingId;
    }
}
