package nl.koploper.assessment.cases;

import static nl.koploper.assessment.AssessmentApi.CASES;
import static nl.koploper.assessment.AssessmentApi.coordinator;
import static nl.koploper.assessment.AssessmentApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import nl.koploper.assessment.AssessmentApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestGemeenten;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The published profile as a Dutch PDF, read back as text; the same access rules as the profile itself. */
@KoploperIntegrationTest
class ProfilePdfIT {

    @Autowired
    MockMvc http;
    @Autowired
    TestGemeenten gemeenten;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void thePublishedProfileReadsBackWithOrganisationGemeenteScoresAndRecommendations() throws Exception {
        AssessmentApi api = new AssessmentApi(http, bootstrapServers);
        String gemeente = gemeenten.newGemeente("pdf");
        String other = gemeenten.newGemeente("pdf-other");
        AssessmentApi.Login advisor = AssessmentApi.advisor(gemeente);
        String caseId = api.openCase(gemeente, "Staalwerk Één BV", "24.10", 120, "staal@example.nl");
        api.openCase(gemeente, "Buurman BV", "24.10", 12, "buur@example.nl");
        api.sendFootprint(gemeente, caseId, java.util.UUID.randomUUID().toString(), AssessmentApi.footprintJson(
                gemeente, caseId, 2098, 1, "300", "500", "200.5", "1000.5", "500", "300", "200.5"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() ->
                api.read(CASES + "/" + caseId, coordinator(gemeente))
                        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                                .jsonPath("$.baselineFootprint.year").value(2098)));
        String profile = api.published(gemeente, caseId, advisor, "RELEVANT", 1);
        String recommendation = AssessmentApi.at(profile, "$.recommendations[0].title");
        Integer environment = AssessmentApi.at(profile, "$.scores[3].score");
        String pdfPath = CASES + "/" + caseId + "/profiles/1.pdf";

        byte[] pdf = api.read(pdfPath, AssessmentApi.participant(gemeente, "staal@example.nl"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = AssessmentApi.pdfText(pdf);
        assertThat(text).contains("Duurzaamheidsprofiel", "Staalwerk Één BV", "Gemeente " + gemeente,
                "Milieu: " + environment, recommendation, "Elektriciteit", "Scope 1", "Wat beter kan");
        // No eindmeting and no footprint of a later year: no comparison section.
        assertThat(text).doesNotContain("Verandering ten opzichte van de nulmeting", "eindmeting");

        // A draft has no PDF; others than the case's readers get the 404 of a case that does not exist.
        api.postEmpty(CASES + "/" + caseId + "/profiles/1/next-draft", advisor.bearer()).andExpect(status().isCreated());
        problem(api.read(CASES + "/" + caseId + "/profiles/2.pdf", advisor.bearer()), 404);
        problem(api.read(pdfPath, AssessmentApi.participant(gemeente, "buur@example.nl")), 404);
        problem(api.read(pdfPath, AssessmentApi.advisor(gemeente).bearer()), 404);
        problem(api.read(pdfPath, coordinator(other)), 404);
        problem(api.read(CASES + "/" + caseId + "/profiles/9.pdf", coordinator(gemeente)), 404);
        api.read(CASES + "/" + caseId + "/profiles/een.pdf", coordinator(gemeente))
                .andExpect(status().is4xxClientError());
        api.read(pdfPath, coordinator(gemeente)).andExpect(status().isOk());
    }
}
