package nl.koploper.assessment.cases;

import static nl.koploper.assessment.AssessmentApi.CASES;
import static nl.koploper.assessment.AssessmentApi.coordinator;
import static nl.koploper.assessment.AssessmentApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.koploper.assessment.AssessmentApi;
import nl.koploper.contracts.Topics;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The Duurzaamheidsprofiel through the API: generated from the review, tailored to the sector, edited by the advisor,
 * published (immutable from then on, the participant told) and continued as a next version.
 */
@KoploperIntegrationTest
class ProfileIT extends ServiceIntegrationTest {

    // Sector-specific recommendations of the shipped catalogue (src/main/resources/catalogue/recommendations.json):
    // compressed-air leaks and scrap separation for metal (SBI 24, 25), food waste and allergens for horeca (56),
    // reusable packaging with customers and an IMVO risk scan of imports for wholesale (46).
    static final List<String> FOR_STEEL = List.of("R-ENV-005", "R-ENV-008");
    static final List<String> FOR_HORECA = List.of("R-ENV-024", "R-CON-003");
    static final List<String> FOR_WHOLESALE = List.of("R-ENV-041", "R-HRI-001");

    @Test
    void fromTheSameAnswersSteelRestaurantAndExporterGetDifferentRecommendations() throws Exception {
        AssessmentApi api = new AssessmentApi(http, bootstrapServers);
        String gemeente = gemeenten.newGemeente("sector");
        AssessmentApi.Login advisor = AssessmentApi.advisor(gemeente);
        String steel = api.openCase(gemeente, "Staalwerk BV", "24.10", 120, "staal@example.nl");
        String restaurant = api.openCase(gemeente, "Restaurant De Gouden Lepel", "56.10", 12, "lepel@example.nl");
        String exporter = api.openCase(gemeente, "Export Groothandel BV", "46.90", 40, "export@example.nl");

        List<String> forSteel = recommended(api, gemeente, steel, advisor);
        List<String> forRestaurant = recommended(api, gemeente, restaurant, advisor);
        List<String> forExporter = recommended(api, gemeente, exporter, advisor);

        assertThat(forSteel).hasSize(10).containsAll(FOR_STEEL)
                .doesNotContainAnyElementsOf(FOR_HORECA).doesNotContainAnyElementsOf(FOR_WHOLESALE);
        assertThat(forRestaurant).hasSize(10).containsAll(FOR_HORECA)
                .doesNotContainAnyElementsOf(FOR_STEEL).doesNotContainAnyElementsOf(FOR_WHOLESALE);
        assertThat(forExporter).hasSize(10).containsAll(FOR_WHOLESALE)
                .doesNotContainAnyElementsOf(FOR_STEEL).doesNotContainAnyElementsOf(FOR_HORECA);
    }

    private static List<String> recommended(AssessmentApi api, String gemeente, String caseId,
                                            AssessmentApi.Login advisor) throws Exception {
        api.reviewed(gemeente, caseId, advisor, "VERY_RELEVANT", 1);
        String draft = api.postEmpty(CASES + "/" + caseId + "/profiles", advisor.bearer())
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return AssessmentApi.at(draft, "$.recommendations[*].id");
    }

    @Test
    void theAdvisorEditsAndPublishesTheDraftWhichThenNeverChanges() throws Exception {
        AssessmentApi api = new AssessmentApi(http, bootstrapServers);
        String gemeente = gemeenten.newGemeente("profile");
        AssessmentApi.Login advisor = AssessmentApi.advisor(gemeente);
        String caseId = api.openCase(gemeente, "Staalwerk BV", "2410", 120, "staal@example.nl");
        String profiles = CASES + "/" + caseId + "/profiles";

        api.assign(gemeente, caseId, advisor);
        api.planVisit(caseId, advisor);
        problem(api.postEmpty(profiles, advisor.bearer()), 409).andExpect(jsonPath("$.rule").value("review-incomplete"));
        api.putJson(CASES + "/" + caseId + "/nulmeting", advisor.bearer(), AssessmentApi.fullReviewJson("RELEVANT", 1))
                .andExpect(status().isOk());

        String draft = api.postEmpty(profiles, advisor.bearer())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", profiles + "/1"))
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.scores.length()").value(7))
                .andExpect(jsonPath("$.scores[0].score").value(25))
                .andExpect(jsonPath("$.improvements.length()").value(74))
                .andExpect(jsonPath("$.strengths.length()").value(0))
                .andReturn().getResponse().getContentAsString();
        List<String> ids = AssessmentApi.at(draft, "$.recommendations[*].id");
        assertThat(ids).hasSize(10);
        problem(api.postEmpty(profiles, advisor.bearer()), 409).andExpect(jsonPath("$.rule").value("profile-draft-open"));

        // Remove, add from the catalogue, add one of their own, reword.
        api.perform(delete(profiles + "/1/recommendations/" + ids.get(9)), advisor.bearer())
                .andExpect(status().isOk()).andExpect(jsonPath("$.recommendations.length()").value(9));
        String notRecommended = api.json("/api/assessments/catalogue/recommendations", advisor.bearer());
        List<String> catalogue = AssessmentApi.at(notRecommended, "$[*].id");
        String extra = catalogue.stream().filter(id -> !ids.contains(id)).findFirst().orElseThrow();
        api.postJson(profiles + "/1/recommendations", advisor.bearer(), "{\"catalogueId\":\"" + extra + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.recommendations[9].id").value(extra));
        problem(api.postJson(profiles + "/1/recommendations", advisor.bearer(), "{\"catalogueId\":\"" + extra + "\"}"),
                409).andExpect(jsonPath("$.rule").value("recommendation-already-in-profile"));
        api.postJson(profiles + "/1/recommendations", advisor.bearer(), """
                        {"title":"Deel de restwarmte met de buren","description":"Onderzoek met het bedrijventerrein \
                        een warmtenet.","issues":["6.5.4","6.8.3"],"effort":"HIGH","cost":"HIGH"}""")
                .andExpect(jsonPath("$.recommendations[10].id").value("C-1"))
                .andExpect(jsonPath("$.recommendations[10].catalogueId").doesNotExist());
        api.putJson(profiles + "/1/recommendations/" + ids.get(0), advisor.bearer(),
                        "{\"title\":\"Eigen woorden\",\"description\":\"Zoals besproken aan tafel.\"}")
                .andExpect(jsonPath("$.recommendations[0].title").value("Eigen woorden"))
                .andExpect(jsonPath("$.recommendations[0].reworded").value(true));

        // Bad edits: 400 naming the fields, 404 for what is not in the profile; nothing changes.
        String etag = api.etag(gemeente, caseId);
        problem(api.postJson(profiles + "/1/recommendations", advisor.bearer(), "{\"catalogueId\":\"R-XYZ-999\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("catalogueId"));
        problem(api.postJson(profiles + "/1/recommendations", advisor.bearer(),
                "{\"title\":\"\",\"issues\":[\"7.1\"],\"effort\":\"ENORM\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("effort"));
        problem(api.postJson(profiles + "/1/recommendations", advisor.bearer(),
                "{\"title\":\" \",\"issues\":[\"7.1\"]}"), 400)
                .andExpect(jsonPath("$.errors[?(@.field == 'title')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'description')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'issues[0]')].code").value("unknown-issue"));
        problem(api.putJson(profiles + "/1/recommendations/R-NOT-000", advisor.bearer(),
                "{\"title\":\"x\",\"description\":\"y\"}"), 404);
        problem(api.read(profiles + "/abc", advisor.bearer()), 400);
        problem(api.read(profiles + "/7", advisor.bearer()), 404);
        assertThat(api.etag(gemeente, caseId)).isEqualTo(etag);

        // The participant sees no draft.
        String participant = AssessmentApi.participant(gemeente, "staal@example.nl");
        problem(api.read(profiles + "/1", participant), 404);

        api.postEmpty(profiles + "/1/publish", advisor.bearer())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        api.read(CASES + "/" + caseId, coordinator(gemeente)).andExpect(jsonPath("$.status").value("PROFILE_PUBLISHED"));
        String published = api.json(profiles + "/1", participant);
        assertThat((List<String>) AssessmentApi.at(published, "$.recommendations[*].id")).hasSize(11);

        for (var edit : List.of(
                api.perform(delete(profiles + "/1/recommendations/" + ids.get(1)), advisor.bearer()),
                api.putJson(profiles + "/1/recommendations/" + ids.get(1), advisor.bearer(),
                        "{\"title\":\"Anders\",\"description\":\"Anders.\"}"),
                api.postJson(profiles + "/1/recommendations", advisor.bearer(), "{\"catalogueId\":\"" + ids.get(9)
                        + "\"}"),
                api.postEmpty(profiles + "/1/publish", advisor.bearer()))) {
            problem(edit, 409).andExpect(jsonPath("$.rule").value("profile-published"));
        }
        assertThat(api.json(profiles + "/1", participant)).isEqualTo(published);

        List<String> publications = published(Topics.ASSESSMENT_EVENTS, caseId)
                .payloads("nl.koploper.assessment.profile-published.v1", 1);
        assertThat(publications).hasSize(1);
        String event = publications.get(0);
        assertThat((String) AssessmentApi.at(event, "$.profileUrlPath")).isEqualTo(profiles + "/1");
        assertThat((String) AssessmentApi.at(event, "$.contact.email")).isEqualTo("staal@example.nl");
        assertThat((String) AssessmentApi.at(event, "$.advisorName")).isEqualTo("Anne Adviseur");
        assertThat((Integer) AssessmentApi.at(event, "$.version")).isEqualTo(1);

        // A next version starts from the published one and leaves it as it was.
        api.postEmpty(profiles + "/1/next-draft", advisor.bearer())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", profiles + "/2"))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.basedOnVersion").value(1))
                .andExpect(jsonPath("$.recommendations.length()").value(11));
        api.perform(delete(profiles + "/2/recommendations/C-1"), advisor.bearer()).andExpect(status().isOk());
        assertThat(api.json(profiles + "/1", participant)).isEqualTo(published.replaceAll(
                "\"caseVersion\":\\d+", "\"caseVersion\":" + AssessmentApi.at(api.json(profiles + "/1",
                        participant), "$.caseVersion")));
        api.read(profiles, participant).andExpect(jsonPath("$.length()").value(1));
        api.read(profiles, advisor.bearer()).andExpect(jsonPath("$.length()").value(2));
    }
}
