package nl.koploper.assessment.cases;

import static nl.koploper.assessment.cases.Cases.ISSUES;
import static nl.koploper.assessment.cases.Cases.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.koploper.assessment.catalogue.CoreSubject;
import nl.koploper.assessment.catalogue.OrganisationType;
import nl.koploper.assessment.catalogue.TestCatalogues;
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
        c.addGeneratedDraft(v -> Profile.generated(v, generator.generate(c.review(),
                new OrganisationFacts("2410", OrganisationType.COMPANY, 100.0), null), null, NOW), ISSUES);
        c.publishProfile(1, "advisor-1", "/p/1", NOW);

        AssessmentCase read = DocumentMapping.roundTrip(c);

        assertThat(read).usingRecursiveComparison().isEqualTo(c);
        assertThat(read.pendingEvents()).isEqualTo(c.pendingEvents());
        Document document = DocumentMapping.write(c);
        assertThat(document.getString("tenantId")).isEqualTo("westerkwartier");
        assertThat(document.getString("contactEmailKey")).isEqualTo("sanne@staal.example.nl");
        assertThat(document.get("visit", Document.class).getString("localStart")).isEqualTo("2027-03-18T10:00");
    }
}
