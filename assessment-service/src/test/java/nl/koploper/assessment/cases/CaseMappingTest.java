package nl.koploper.assessment.cases;

import static nl.koploper.assessment.cases.Cases.ISSUES;
import static nl.koploper.assessment.cases.Cases.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.koploper.assessment.catalogue.CoreSubject;
import nl.koploper.assessment.catalogue.OrganisationType;
import nl.koploper.assessment.catalogue.TestCatalogues;
import nl.koploper.assessment.footprint.Benchmark;
import nl.koploper.assessment.profile.FootprintBasis;
import nl.koploper.assessment.profile.OrganisationFacts;
import nl.koploper.assessment.profile.Profile;
import nl.koploper.assessment.profile.ProfileGenerator;
import nl.koploper.assessment.review.Answer;
import nl.koploper.assessment.review.Relevance;
import nl.koploper.test.DocumentMapping;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The case document (review, visit, profiles, pending events) survives Spring Data's mapping without a database. */
class CaseMappingTest {

    @Test
    void aCaseWithReviewVisitAndProfileReadsBackAsItWasWritten() {
        AssessmentCase c = Cases.planned();
        List<AssessmentCase.ReviewChange> all = new ArrayList<>();
        CoreSubject.allIssueCodes().forEach(code -> all.add(new AssessmentCase.ReviewChange(code,
                Answer.of(Relevance.RELEVANT, 1, "intern " + code), Answer.of(Relevance.NOT_RELEVANT, null, null))));
        c.recordReview(all, ISSUES, NOW);
        ProfileGenerator generator = new ProfileGenerator(ISSUES, TestCatalogues.recommendations());
        FootprintBasis footprint = FootprintBasis.of(2026, "participant-1:2026:1", new BigDecimal("1000.5"),
                Map.of("ELECTRICITY", new BigDecimal("600.25"), "WASTE", new BigDecimal("400.25")),
                List.of(new Benchmark("PER_FTE", "kg CO2e per FTE", new BigDecimal("10.005"), "DIVISION", "24", 7,
                        new BigDecimal("12.5"), "FRONTRUNNER")));
        c.addGeneratedDraft(v -> Profile.generated(v, generator.generate(c.review(),
                new OrganisationFacts("2410", OrganisationType.COMPANY, 100.0), footprint), footprint, NOW), ISSUES);
        c.publishProfile(1, "advisor-1", "/p/1", NOW);

        AssessmentCase read = DocumentMapping.roundTrip(c);

        assertThat(read).usingRecursiveComparison().isEqualTo(c);
        assertThat(read.pendingEvents()).isEqualTo(c.pendingEvents());
        assertThat(read.profile(1).footprint().benchmark()).singleElement()
                .satisfies(b -> assertThat(b.value()).isEqualByComparingTo("10.005"));
        Document document = DocumentMapping.write(c);
        assertThat(document.getString("tenantId")).isEqualTo("westerkwartier");
        assertThat(document.getString("contactEmailKey")).isEqualTo("sanne@staal.example.nl");
        assertThat(document.get("visit", Document.class).getString("localStart")).isEqualTo("2027-03-18T10:00");
    }
}
