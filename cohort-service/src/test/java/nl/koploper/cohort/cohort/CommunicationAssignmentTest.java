package nl.koploper.cohort.cohort;

import static nl.koploper.cohort.cohort.CohortLifecycleTest.assertRuleViolated;
import static nl.koploper.cohort.cohort.Cohorts.ASSIGNMENT_DEADLINE;
import static nl.koploper.cohort.cohort.Cohorts.LATER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import nl.koploper.cohort.assignment.AssignmentEntry;
import nl.koploper.cohort.assignment.Award;
import nl.koploper.cohort.assignment.Ranking;
import nl.koploper.cohort.assignment.RubricScores;
import nl.koploper.cohort.assignment.Submission;
import nl.koploper.cohort.certificate.Certificate;
import nl.koploper.cohort.certificate.VerificationCodes;
import nl.koploper.contracts.cohort.AssignmentSubmitted;
import nl.koploper.contracts.cohort.AwardGranted;
import nl.koploper.contracts.cohort.CertificateIssued;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.test.RecordedEvents;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CommunicationAssignmentTest {

    static final String JUROR_A = "jury.a@example.nl";
    static final String JUROR_B = "jury.b@example.nl";

    static AssignmentEntry entry(String title) {
        return new AssignmentEntry(title, "Wij vertellen ons duurzame verhaal.", List.of("https://example.nl/verhaal"));
    }

    static RubricScores marks(int clarity, int credibility, int reach, int originality) {
        return new RubricScores(clarity, credibility, reach, originality);
    }

    /** A started cohort of 8 with jurors A and B, and the ids of its participants. */
    static Cohort startedWithJury() {
        Cohort cohort = Cohorts.started(8);
        cohort.assignJury(List.of(JUROR_A, "  Jury.B@Example.nl "));
        return cohort;
    }

    static String participant(Cohort cohort, int index) {
        return cohort.placed().get(index).id();
    }

    @Nested
    class HandingIn {

        @Test
        void aPlacedParticipantHandsInAndRevisesUntilTheDeadline() {
            Cohort cohort = startedWithJury();
            String id = participant(cohort, 0);

            cohort.submitAssignment(id, entry("Eerste versie"), LATER);
            Submission revised = cohort.submitAssignment(id, entry("Tweede versie"), ASSIGNMENT_DEADLINE);

            assertThat(revised.revision()).isEqualTo(2);
            assertThat(revised.firstSubmittedAt()).isEqualTo(LATER);
            assertThat(cohort.submissions()).hasSize(1);
            assertThat(RecordedEvents.payloads(cohort, AssignmentSubmitted.class))
                    .extracting(AssignmentSubmitted::title, AssignmentSubmitted::revision)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Eerste versie", 1),
                            org.assertj.core.groups.Tuple.tuple("Tweede versie", 2));
        }

        @Test
        void lateIsRefused() {
            Cohort cohort = startedWithJury();
            assertRuleViolated(() -> cohort.submitAssignment(participant(cohort, 0), entry("Te laat"),
                    ASSIGNMENT_DEADLINE.plusSeconds(1)), "assignment-deadline-passed");
            assertThat(cohort.submissions()).isEmpty();
        }

        @Test
        void onlyWhileTheYearRuns() {
            Cohort open = Cohorts.openWith(8);
            assertRuleViolated(() -> open.submitAssignment(open.placed().get(0).id(), entry("Te vroeg"), LATER),
                    "cohort-not-started");
        }

        @Test
        void anUnknownParticipantIsNotFound() {
            Cohort cohort = startedWithJury();
            assertThatThrownBy(() -> cohort.submitAssignment("nobody", entry("X"), LATER))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    class Scoring {

        @Test
        void aJurorsSecondScoreReplacesItsFirst() {
            Cohort cohort = startedWithJury();
            String id = participant(cohort, 0);
            cohort.submitAssignment(id, entry("Verhaal"), LATER);

            cohort.score(JUROR_A, id, marks(2, 2, 2, 2), null, LATER);
            cohort.score("JURY.A@example.nl", id, marks(5, 5, 5, 5), "Overtuigend", LATER);

            assertThat(cohort.scores()).singleElement()
                    .satisfies(score -> assertThat(score.scores().total()).isEqualTo(20))
                    .satisfies(score -> assertThat(score.comment()).isEqualTo("Overtuigend"));
        }

        @Test
        void rubricMarksAreOneToFive() {
            assertThatThrownBy(() -> marks(0, 3, 3, 3)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> marks(3, 3, 6, 3)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aSubmissionThatDoesNotExistCannotBeScored() {
            Cohort cohort = startedWithJury();
            assertThatThrownBy(() -> cohort.score(JUROR_A, participant(cohort, 0), marks(3, 3, 3, 3), null, LATER))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void closedScoringFreezesScoresSubmissionsAndJury() {
            Cohort cohort = startedWithJury();
            String id = participant(cohort, 0);
            cohort.submitAssignment(id, entry("Verhaal"), LATER);
            cohort.score(JUROR_A, id, marks(3, 3, 3, 3), null, LATER);
            cohort.closeScoring(LATER);

            assertRuleViolated(() -> cohort.score(JUROR_B, id, marks(4, 4, 4, 4), null, LATER), "scoring-closed");
            assertRuleViolated(() -> cohort.submitAssignment(id, entry("Nog een versie"), LATER), "scoring-closed");
            assertRuleViolated(() -> cohort.assignJury(List.of(JUROR_B)), "scoring-closed");
            assertRuleViolated(() -> cohort.closeScoring(LATER), "scoring-closed");
        }

        @Test
        void scoringCannotCloseWithoutScores() {
            Cohort cohort = startedWithJury();
            assertRuleViolated(() -> cohort.closeScoring(LATER), "no-scored-submissions");
        }
    }

    @Nested
    class RankingAndTies {

        @Test
        void rankedByAverageTotalOverTheJurorsWhoScored() {
            Cohort cohort = startedWithJury();
            String first = participant(cohort, 0);
            String second = participant(cohort, 1);
            cohort.submitAssignment(first, entry("A"), LATER);
            cohort.submitAssignment(second, entry("B"), LATER);
            cohort.score(JUROR_A, first, marks(4, 4, 4, 4), null, LATER);  // 16
            cohort.score(JUROR_B, first, marks(3, 3, 3, 4), null, LATER);  // 13 -> 14.5
            cohort.score(JUROR_A, second, marks(5, 5, 5, 5), null, LATER); // 20 -> 20

            List<Ranking.Entry> entries = cohort.ranking().entries();
            assertThat(entries).extracting(Ranking.Entry::participantId).containsExactly(second, first);
            assertThat(entries.get(1).averageTotal()).isEqualByComparingTo(new BigDecimal("14.5"));
            assertThat(entries.get(1).jurors()).isEqualTo(2);
            assertThat(entries).extracting(Ranking.Entry::tieBreak).containsOnlyNulls();
        }

        @Test
        void anEqualTotalIsDecidedByCredibilityAndExplained() {
            Cohort cohort = startedWithJury();
            String clear = participant(cohort, 0);
            String credible = participant(cohort, 1);
            cohort.submitAssignment(clear, entry("Helder"), LATER);
            cohort.submitAssignment(credible, entry("Geloofwaardig"), LATER);
            cohort.score(JUROR_A, clear, marks(5, 3, 4, 4), null, LATER);    // 16
            cohort.score(JUROR_A, credible, marks(3, 5, 4, 4), null, LATER); // 16

            List<Ranking.Entry> entries = cohort.ranking().entries();
            assertThat(entries).extracting(Ranking.Entry::participantId).containsExactly(credible, clear);
            assertThat(entries).extracting(Ranking.Entry::rank).containsExactly(1, 2);
            assertThat(entries.get(1).tieBreak()).contains("credibility");
        }

        @Test
        void equalOnEveryTieBreakSharesTheRankAndTheAwardNeedsAName() {
            Cohort cohort = startedWithJury();
            String a = participant(cohort, 0);
            String b = participant(cohort, 1);
            cohort.submitAssignment(a, entry("A"), LATER);
            cohort.submitAssignment(b, entry("B"), LATER);
            cohort.score(JUROR_A, a, marks(4, 4, 4, 4), null, LATER);
            cohort.score(JUROR_A, b, marks(4, 4, 3, 5), null, LATER);
            cohort.closeScoring(LATER);

            assertThat(cohort.ranking().entries()).extracting(Ranking.Entry::rank).containsExactly(1, 1);
            assertThat(cohort.ranking().entries().get(1).tieBreak()).startsWith("Tied");
            assertRuleViolated(() -> cohort.grantAward(null, null, LATER), "award-tie-undecided");

            Award award = cohort.grantAward(b, null, LATER);
            assertThat(award.topOfRanking()).isTrue();
        }
    }

    @Nested
    class Awarding {

        Cohort scoredAndClosed() {
            Cohort cohort = startedWithJury();
            cohort.submitAssignment(participant(cohort, 0), entry("Winnaar"), LATER);
            cohort.submitAssignment(participant(cohort, 1), entry("Tweede"), LATER);
            cohort.score(JUROR_A, participant(cohort, 0), marks(5, 5, 5, 4), null, LATER);
            cohort.score(JUROR_A, participant(cohort, 1), marks(3, 3, 3, 3), null, LATER);
            return cohort;
        }

        @Test
        void notBeforeScoringCloses() {
            Cohort cohort = scoredAndClosed();
            assertRuleViolated(() -> cohort.grantAward(null, null, LATER), "scoring-not-closed");
        }

        @Test
        void byDefaultToTheTopOfTheRankingAndSecretUntilAnnouncedWithEveryParticipantToTell() {
            Cohort cohort = scoredAndClosed();
            cohort.closeScoring(LATER);

            Award award = cohort.grantAward(null, null, LATER);

            assertThat(award.participantId()).isEqualTo(participant(cohort, 0));
            assertThat(award.announced()).isFalse();
            assertThat(RecordedEvents.payloads(cohort, AwardGranted.class)).as("nothing published before the announcement")
                    .isEmpty();
            assertRuleViolated(() -> cohort.grantAward(null, null, LATER), "award-already-granted");

            Award announced = cohort.announceAward(LATER.plusSeconds(3600));

            assertThat(announced.announcedAt()).isEqualTo(LATER.plusSeconds(3600));
            AwardGranted granted = RecordedEvents.last(cohort, AwardGranted.class);
            assertThat(granted.participantId()).isEqualTo(participant(cohort, 0));
            assertThat(granted.winnerOrganisationName()).isEqualTo(cohort.placed().get(0).organisation().name());
            assertThat(granted.winnerContact().email()).isEqualTo(cohort.placed().get(0).contactDetails().email());
            assertThat(granted.topOfRanking()).isTrue();
            assertThat(granted.grantedAt()).isEqualTo(LATER);
            assertThat(granted.recipients()).hasSize(8);
            assertThat(granted.recipients().get(3).contact().email()).isEqualTo("contact4@example.nl");
            assertRuleViolated(() -> cohort.announceAward(LATER.plusSeconds(7200)), "award-already-announced");
            assertThat(RecordedEvents.payloads(cohort, AwardGranted.class)).hasSize(1);
        }

        @Test
        void notAnnouncedBeforeItIsGranted() {
            Cohort cohort = scoredAndClosed();
            cohort.closeScoring(LATER);
            assertRuleViolated(() -> cohort.announceAward(LATER), "award-not-granted");
        }

        @Test
        void anotherThanTheTopNeedsAMotivation() {
            Cohort cohort = scoredAndClosed();
            cohort.closeScoring(LATER);
            String second = participant(cohort, 1);

            assertRuleViolated(() -> cohort.grantAward(second, "  ", LATER), "award-motivation-required");
            Award award = cohort.grantAward(second, "Het meest uitgevoerd in de praktijk", LATER);

            assertThat(award.topOfRanking()).isFalse();
            cohort.announceAward(LATER);
            assertThat(RecordedEvents.last(cohort, AwardGranted.class).motivation())
                    .isEqualTo("Het meest uitgevoerd in de praktijk");
        }

        @Test
        void onlyToAParticipantThatHandedIn() {
            Cohort cohort = scoredAndClosed();
            cohort.closeScoring(LATER);
            assertRuleViolated(() -> cohort.grantAward(participant(cohort, 5), "Omdat", LATER),
                    "award-needs-submission");
        }
    }

    @Nested
    class Certificates {

        @Test
        void everyParticipantThatFinishedGetsOneWithItsOwnCode() {
            Cohort cohort = Cohorts.openWith(9);
            cohort.withdraw(cohort.placed().get(4).id(), "Geen tijd", LATER);
            cohort.start(LATER);
            cohort.complete(LATER, "Gemeente Westerkwartier", VerificationCodes::generate, participantId -> true);

            assertThat(cohort.certificates()).hasSize(8)
                    .extracting(Certificate::organisationName).doesNotContain("Organisatie 5");
            assertThat(cohort.certificates()).extracting(Certificate::verificationCode).doesNotHaveDuplicates()
                    .allSatisfy(code -> assertThat(VerificationCodes.normalize(code)).contains(code));
            CertificateIssued issued = RecordedEvents.last(cohort, CertificateIssued.class);
            assertThat(issued.gemeenteName()).isEqualTo("Gemeente Westerkwartier");
            assertThat(issued.downloadPath()).isEqualTo("/api/cohorts/" + cohort.id() + "/certificates/"
                    + issued.participantId() + ".pdf");
            assertThat(issued.contact().email()).isEqualTo("contact9@example.nl");
            assertThat(issued.issuedOn()).isEqualTo(java.time.LocalDate.of(2027, 1, 18));
        }

        @Test
        void onlyThoseMeetingTheCriteriaOrOverriddenWithAReasonGetOne() {
            Cohort cohort = Cohorts.openWith(9);
            cohort.start(LATER);
            String meets = cohort.placed().get(0).id();
            String overridden = cohort.placed().get(1).id();
            String late = cohort.placed().get(2).id();
            assertThatThrownBy(() -> cohort.overrideCertificateCriteria(overridden, " ", "coordinator-sub",
                    "Gemeente Westerkwartier", VerificationCodes::generate, LATER))
                    .isInstanceOf(IllegalArgumentException.class);
            cohort.overrideCertificateCriteria(overridden, "Nulmeting door ziekte van de adviseur vervallen",
                    "coordinator-sub", "Gemeente Westerkwartier", VerificationCodes::generate, LATER);
            assertRuleViolated(() -> cohort.overrideCertificateCriteria(overridden, "Nogmaals", "coordinator-sub",
                    "Gemeente Westerkwartier", VerificationCodes::generate, LATER), "certificate-already-overridden");
            assertThat(cohort.certificates()).as("before completion an override only records the decision").isEmpty();

            cohort.complete(LATER, "Gemeente Westerkwartier", VerificationCodes::generate, meets::equals);

            assertThat(cohort.certificates()).extracting(Certificate::participantId)
                    .containsExactlyInAnyOrder(meets, overridden);
            assertThat(RecordedEvents.payloads(cohort, CertificateIssued.class)).hasSize(2);
            assertThat(cohort.certificateOverride(overridden).reason())
                    .isEqualTo("Nulmeting door ziekte van de adviseur vervallen");
            assertThat(cohort.certificateOverride(overridden).overriddenBy()).isEqualTo("coordinator-sub");

            // After completion an override issues the certificate at once; a second one is refused.
            cohort.overrideCertificateCriteria(late, "Actieplan op papier gemaakt", "coordinator-sub",
                    "Gemeente Westerkwartier", VerificationCodes::generate, LATER.plusSeconds(60));
            assertThat(cohort.certificate(late)).isNotNull();
            assertThat(RecordedEvents.last(cohort, CertificateIssued.class).participantId()).isEqualTo(late);
            assertRuleViolated(() -> cohort.overrideCertificateCriteria(meets, "Dubbel", "coordinator-sub",
                    "Gemeente Westerkwartier", VerificationCodes::generate, LATER), "certificate-already-issued");
            assertRuleViolated(() -> cohort.requireMeetingsAttended(2), "cohort-closed");
        }
    }
}
