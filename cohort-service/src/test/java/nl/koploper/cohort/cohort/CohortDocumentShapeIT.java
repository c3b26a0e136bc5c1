package nl.koploper.cohort.cohort;

import static nl.koploper.cohort.cohort.CohortLifecycleTest.assertRuleViolated;
import static nl.koploper.cohort.cohort.Cohorts.LATER;
import static nl.koploper.cohort.cohort.Cohorts.NOW;
import static nl.koploper.cohort.cohort.CommunicationAssignmentTest.JUROR_A;
import static nl.koploper.cohort.cohort.CommunicationAssignmentTest.JUROR_B;
import static nl.koploper.cohort.cohort.CommunicationAssignmentTest.entry;
import static nl.koploper.cohort.cohort.CommunicationAssignmentTest.marks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import nl.koploper.cohort.assignment.AssignmentFile;
import nl.koploper.cohort.assignment.Award;
import nl.koploper.contracts.cohort.AwardGranted;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.RecordedEvents;
import nl.koploper.test.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The stored cohort document keeps its shape: the assignment round's fields ({@code jurors}, {@code submissions},
 * {@code scores}, {@code scoringClosedAt}, {@code award}) stand at the top level of the cohort, so the cohorts
 * already in the gemeenten's databases read back with their round whole. The fixture is a cohort document as the
 * service wrote it while the round's fields were the cohort's own.
 */
@KoploperIntegrationTest
class CohortDocumentShapeIT {

    static final String STORED_COHORT = "/cohort-document-with-award.json";

    @Autowired
    CohortStore store;
    @Autowired
    MongoClient mongo;

    TenantId gemeente;

    @BeforeEach
    void aGemeente() {
        gemeente = TenantId.of(TestTokens.newGemeente("shape"));
    }

    @Test
    void theRoundsFieldsStandAtTheTopLevelAsInTheStoredCohorts() {
        Cohort cohort = withScoresAndAGrantedAward();
        TenantContext.runAs(gemeente, () -> store.insert(cohort));

        Document written = cohorts().find(new Document("_id", cohort.id())).first();

        assertThat(written).isNotNull().doesNotContainKey("assignmentRound");
        assertThat(written.keySet()).containsExactlyInAnyOrderElementsOf(storedCohort().keySet());
        assertThat(written.getList("jurors", String.class)).containsExactly(JUROR_A, JUROR_B);
        assertThat(written.getList("submissions", Document.class)).extracting(s -> s.getString("participantId"))
                .containsExactly(cohort.placed().get(0).id(), cohort.placed().get(1).id());
        assertThat(written.getList("scores", Document.class)).extracting(s -> s.getString("juror"))
                .containsExactly(JUROR_A, JUROR_B);
        assertThat(written.getDate("scoringClosedAt").toInstant()).isEqualTo(LATER);
        assertThat(written.get("award", Document.class).keySet())
                .containsExactlyInAnyOrderElementsOf(storedCohort().get("award", Document.class).keySet());
        assertThat(written.get("award", Document.class).getString("participantId"))
                .isEqualTo(cohort.placed().get(0).id());
        // The outbox relay may already have published and cleared the pending events: they are not the shape's.
        assertThat(TenantContext.callAs(gemeente, () -> store.get(cohort.id())))
                .usingRecursiveComparison().ignoringFields("pendingEvents").isEqualTo(cohort);
    }

    @Test
    void aStoredCohortReadsBackWithItsRoundWholeAndItsRulesInForce() {
        Document stored = storedCohort();
        stored.put("tenantId", gemeente.value());
        cohorts().insertOne(stored);

        Cohort read = TenantContext.callAs(gemeente, () -> store.get(stored.getString("_id")));

        String winner = read.placed().get(0).id();
        String second = read.placed().get(1).id();
        assertThat(read.jurors()).containsExactly(JUROR_A, JUROR_B);
        assertThat(read.isJuror("Jury.B@Example.nl")).isTrue();
        assertThat(read.submissions()).extracting(s -> s.participantId(), s -> s.revision())
                .containsExactly(tuple(winner, 2), tuple(second, 1));
        assertThat(read.submission(winner).entry().title()).isEqualTo("Winnaar");
        assertThat(read.submission(winner).file().fileName()).isEqualTo("verhaal.pdf");
        assertThat(read.scores()).extracting(s -> s.juror(), s -> s.scores().total(), s -> s.comment())
                .containsExactly(tuple(JUROR_A, 19, "Sterk"), tuple(JUROR_B, 12, null));
        assertThat(read.scoringClosedAt()).isEqualTo(LATER);
        assertThat(read.ranking().top()).singleElement().satisfies(top -> assertThat(top.participantId())
                .isEqualTo(winner));
        assertThat(read.award()).isEqualTo(new Award(winner, "Organisatie 1", true, null, LATER, null));

        assertRuleViolated(() -> read.grantAward(second, "Toch", LATER), "award-already-granted");
        assertRuleViolated(() -> read.score(JUROR_A, second, marks(5, 5, 5, 5), null, LATER), "scoring-closed");
        Instant announcedAt = LATER.plusSeconds(3600);
        assertThat(read.announceAward(announcedAt).announcedAt()).isEqualTo(announcedAt);
        assertThat(RecordedEvents.last(read, AwardGranted.class).participantId()).isEqualTo(winner);
    }

    /** A started cohort of 8 whose jurors scored two submissions, scoring closed and the award granted. */
    private Cohort withScoresAndAGrantedAward() {
        Cohort cohort = Cohort.create(gemeente, Cohorts.plan(), NOW);
        cohort.open(NOW);
        Cohorts.register(cohort, 1, 8);
        cohort.start(LATER);
        cohort.assignJury(List.of(JUROR_A, JUROR_B));
        String winner = cohort.placed().get(0).id();
        String second = cohort.placed().get(1).id();
        cohort.submitAssignment(winner, entry("Winnaar"), LATER);
        cohort.attachFile(winner, new AssignmentFile(cohort.id() + "/" + winner + "/1", "verhaal.pdf",
                "application/pdf", 1024, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", LATER),
                LATER);
        cohort.submitAssignment(second, entry("Tweede"), LATER);
        cohort.score(JUROR_A, winner, marks(5, 5, 5, 4), "Sterk", LATER);
        cohort.score(JUROR_B, second, marks(3, 3, 3, 3), null, LATER);
        cohort.closeScoring(LATER);
        cohort.grantAward(null, null, LATER);
        return cohort;
    }

    private MongoCollection<Document> cohorts() {
        return mongo.getDatabase("cohort_" + gemeente.value()).getCollection("cohorts");
    }

    private static Document storedCohort() {
        try (InputStream json = CohortDocumentShapeIT.class.getResourceAsStream(STORED_COHORT)) {
            return Document.parse(new String(json.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(STORED_COHORT, e);
        }
    }
}
