package nl.koploper.assessment.cases;

import static nl.koploper.assessment.cases.Cases.ISSUES;
import static nl.koploper.assessment.cases.Cases.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
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
import nl.koploper.assessment.review.Perspective;
import nl.koploper.assessment.review.Relevance;
import nl.koploper.assessment.review.Review;
import nl.koploper.assessment.review.Review;
import nl.koploper.test.DocumentMapping;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The case document (nulmeting, eindmeting, visit, profiles, pending events) survives Spring Data's mapping without a
 * database, in the shape stored cases have.
 */
class CaseMappingTest {

    @Test
    void aCaseWithNulmetingVisitAndProfileReadsBackAsItWasWritten() {
        AssessmentCase c = published();

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

    @Test
    void theNulmetingAndTheEindmetingKeepTheFieldNamesOfStoredCases() {
        AssessmentCase c = published();
        c.startEindmeting(LATER);
        c.recordEindmeting(List.of(new Review.IssueChange("6.2", Answer.of(Relevance.RELEVANT, 3, "beter"), null)),
                ISSUES, LATER);
        c.completeEindmeting(ISSUES, LATER.plusSeconds(60));

        Document document = DocumentMapping.write(c);

        assertThat(document).doesNotContainKeys("nulmeting", "eindmeting", "Review", "StartedAt", "ReviewedAt",
                "startedAt", "completedAt");
        List<?> nulmeting = document.getList("review", Document.class);
        assertThat(nulmeting).hasSize(37);
        assertThat((Document) nulmeting.get(0)).containsOnlyKeys("code", "internal", "productsAndServices",
                "updatedAt");
        assertThat(document.getList("finalReview", Document.class)).hasSize(37).first()
                .satisfies(issue -> assertThat(issue.get("internal", Document.class).get("maturity")).isEqualTo(3));
        assertThat(document.get("finalStartedAt")).isEqualTo(Date.from(LATER));
        assertThat(document.get("finalReviewedAt")).isEqualTo(Date.from(LATER.plusSeconds(60)));
        assertThat(DocumentMapping.roundTrip(c)).usingRecursiveComparison().isEqualTo(c);
    }

    @Test
    void aCaseWithoutEindmetingStoresNoneOfItsFields() {
        Document document = DocumentMapping.write(published());

        assertThat(document).containsKey("review")
                .doesNotContainKeys("finalReview", "finalStartedAt", "finalReviewedAt");
        assertThat(DocumentMapping.roundTrip(published()).eindmeting()).isNull();
    }

    @Test
    void aStoredCaseWithBothReviewsReadsBack() throws IOException {
        AssessmentCase c = DocumentMapping.read(AssessmentCase.class, Cases.storedWithEindmeting());

        assertThat(c.nulmeting().issues()).extracting(r -> r.code()).containsExactly("6.2", "6.5.4");
        assertThat(c.nulmeting().answer("6.2", Perspective.INTERNAL).notes()).isEqualTo("Geen beleid");
        assertThat(c.nulmeting().answer("6.5.4", Perspective.PRODUCTS_AND_SERVICES)).isNull();
        assertThat(c.nulmeting().startedAt()).isNull();
        assertThat(c.eindmeting().answer("6.2", Perspective.INTERNAL).maturity()).isEqualTo(3);
        assertThat(c.eindmeting().startedAt()).isEqualTo(Instant.parse("2027-11-01T09:00:00Z"));
        assertThat(c.eindmeting().completedAt()).isEqualTo(Instant.parse("2027-11-02T15:30:00Z"));
        assertThat(c.eindmetingStatus()).isEqualTo("COMPLETED");
        assertThat(c.finalYear()).isEqualTo(2027);
        assertThat(c.version()).isEqualTo(12L);
    }

    private static final Instant LATER = NOW.plusSeconds(300 * 86_400);

    /** A case whose nulmeting is complete (every issue, both perspectives) and whose profile is published. */
    private static AssessmentCase published() {
        AssessmentCase c = Cases.planned();
        List<Review.IssueChange> all = new ArrayList<>();
        CoreSubject.allIssueCodes().forEach(code -> all.add(new Review.IssueChange(code,
                Answer.of(Relevance.RELEVANT, 1, "intern " + code), Answer.of(Relevance.NOT_RELEVANT, null, null))));
        c.recordNulmeting(all, ISSUES, NOW);
        ProfileGenerator generator = new ProfileGenerator(ISSUES, TestCatalogues.recommendations());
        FootprintBasis footprint = FootprintBasis.of(2026, "participant-1:2026:1", new BigDecimal("1000.5"),
                Map.of("ELECTRICITY", new BigDecimal("600.25"), "WASTE", new BigDecimal("400.25")),
                List.of(new Benchmark("PER_FTE", "kg CO2e per FTE", new BigDecimal("10.005"), "DIVISION", "24", 7,
                        new BigDecimal("12.5"), "FRONTRUNNER")));
        c.addGeneratedDraft(v -> Profile.generated(v, generator.generate(c.nulmeting().issues(),
                new OrganisationFacts("2410", OrganisationType.COMPANY, 100.0), footprint), footprint, NOW), ISSUES);
        c.publishProfile(1, "advisor-1", "/p/1", NOW);
        return c;
    }
}
