package nl.koploper.cohort.cohort;

import static nl.koploper.cohort.cohort.CohortLifecycleTest.assertRuleViolated;
import static nl.koploper.cohort.cohort.Cohorts.LATER;
import static nl.koploper.cohort.cohort.Cohorts.NOW;
import static nl.koploper.cohort.cohort.RegistrationBuilder.organisation;
import static org.assertj.core.api.Assertions.assertThat;

import nl.koploper.test.DocumentMapping;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The cohort document survives Spring Data's object mapping (private constructors, records, enums, the embedded
 * participants and the pending events) without a database: the converter alone, as the repository will use it.
 */
class CohortMappingTest {

    @Test
    void aCohortWithPlacedWaitingAndFormerParticipantsReadsBackAsItWasWritten() {
        Cohort cohort = Cohorts.openWith(Cohorts.plan(1, 2), 4);
        cohort.withdraw(cohort.placed().get(0).id(), "Geen tijd", LATER);

        Cohort read = DocumentMapping.roundTrip(cohort);

        assertThat(read).usingRecursiveComparison().isEqualTo(cohort);
        assertThat(read.status()).isEqualTo(CohortStatus.OPEN);
        assertThat(read.participants()).extracting(Participant::status).containsExactly(ParticipantStatus.WITHDRAWN,
                ParticipantStatus.PLACED, ParticipantStatus.PLACED, ParticipantStatus.WAITLISTED);
        assertThat(read.pendingEvents()).isEqualTo(cohort.pendingEvents());
    }

    @Test
    void aCohortWithItsAssignmentRoundReadsBackAsItWasWritten() {
        Cohort cohort = CommunicationAssignmentTest.startedWithJury();
        String id = cohort.placed().get(0).id();
        cohort.submitAssignment(id, CommunicationAssignmentTest.entry("Verhaal"), LATER);
        cohort.score(CommunicationAssignmentTest.JUROR_A, id, CommunicationAssignmentTest.marks(4, 4, 4, 4), null,
                LATER);
        cohort.closeScoring(LATER);
        cohort.grantAward(null, null, LATER);

        Cohort read = DocumentMapping.roundTrip(cohort);

        assertThat(read).usingRecursiveComparison().isEqualTo(cohort);
        assertThat(read.award().participantId()).isEqualTo(id);
    }

    @Test
    void theDocumentKeepsTheGemeenteAndTheKvkNumberAsPlainValues() {
        Cohort cohort = Cohorts.openWith(1);
        Document document = DocumentMapping.write(cohort);

        assertThat(document.getString("tenantId")).isEqualTo("westerkwartier");
        assertThat(document.getString("status")).isEqualTo("OPEN");
        Document participant = document.getList("participants", Document.class).get(0);
        assertThat(participant.get("organisation", Document.class).get("kvkNumber", Document.class).getString("value"))
                .isEqualTo("10000001");
    }

    @Test
    void aReadCohortStillEnforcesItsRules() {
        Cohort read = DocumentMapping.roundTrip(Cohorts.openWith(3));

        assertRuleViolated(() -> read.register(organisation(2).build(), NOW), "kvk-already-registered");
        assertRuleViolated(() -> read.start(LATER), "cohort-minimum-participants");
    }
}
