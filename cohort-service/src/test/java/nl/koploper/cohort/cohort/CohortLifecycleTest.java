package nl.koploper.cohort.cohort;

import static nl.koploper.cohort.cohort.Cohorts.ASSIGNMENT_DEADLINE;
import static nl.koploper.cohort.cohort.Cohorts.LATER;
import static nl.koploper.cohort.cohort.Cohorts.NOW;
import static nl.koploper.cohort.cohort.Cohorts.REGISTRATION_DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.koploper.platform.web.RuleViolationException;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CohortLifecycleTest {

    static AbstractThrowableAssert<?, ? extends Throwable> assertRuleViolated(ThrowingCallable change, String rule) {
        return assertThatThrownBy(change)
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).rule()).isEqualTo(rule));
    }

    @Nested
    class Creating {

        @Test
        void newCohortIsDraftForItsGemeenteWithDefaultLimitsOfEightAndFifteen() {
            Cohort cohort = Cohorts.draft();

            assertThat(cohort.id()).isNotBlank();
            assertThat(cohort.tenantId()).isEqualTo("westerkwartier");
            assertThat(cohort.status()).isEqualTo(CohortStatus.DRAFT);
            assertThat(cohort.name()).isEqualTo("Koplopers Westerkwartier 2027");
            assertThat(cohort.year()).isEqualTo(2027);
            assertThat(cohort.minimumParticipants()).isEqualTo(8);
            assertThat(cohort.maximumParticipants()).isEqualTo(15);
            assertThat(cohort.registrationDeadline()).isEqualTo(REGISTRATION_DEADLINE);
            assertThat(cohort.assignmentDeadline()).isEqualTo(ASSIGNMENT_DEADLINE);
            assertThat(cohort.createdAt()).isEqualTo(NOW);
            assertThat(cohort.participants()).isEmpty();
        }

        @Test
        void limitsOfOneToOneAreAllowed() {
            assertThat(Cohorts.plan(1, 1).minimumParticipants()).isEqualTo(1);
        }

        @Test
        void minimumBelowOneIsRefused() {
            assertThatIllegalArgumentException().isThrownBy(() -> Cohorts.plan(0, 15))
                    .withMessageContaining("1 ≤ minimum ≤ maximum");
        }

        @Test
        void minimumAboveMaximumIsRefused() {
            assertThatIllegalArgumentException().isThrownBy(() -> Cohorts.plan(9, 8))
                    .withMessageContaining("minimum 9 and maximum 8");
        }

        @Test
        void assignmentDeadlineBeforeRegistrationDeadlineIsRefused() {
            assertThatIllegalArgumentException().isThrownBy(() -> new CohortPlan("Koplopers 2027", 2027, 8, 15,
                    ASSIGNMENT_DEADLINE, REGISTRATION_DEADLINE));
        }

        @Test
        void nameAndDeadlinesAreRequired() {
            assertThatIllegalArgumentException().isThrownBy(() -> CohortPlan.withDefaultLimits(" ", 2027,
                    REGISTRATION_DEADLINE, ASSIGNMENT_DEADLINE));
            assertThatIllegalArgumentException().isThrownBy(() -> CohortPlan.withDefaultLimits("Koplopers 2027", 2027,
                    null, ASSIGNMENT_DEADLINE));
        }
    }

    @Nested
    class Opening {

        @Test
        void openingMovesDraftToOpen() {
            Cohort cohort = Cohorts.draft();

            cohort.open(NOW);

            assertThat(cohort.status()).isEqualTo(CohortStatus.OPEN);
            assertThat(cohort.openedAt()).isEqualTo(NOW);
        }

        @Test
        void openRefusedWhenAlreadyOpen() {
            Cohort cohort = Cohorts.open();

            assertRuleViolated(() -> cohort.open(NOW), "cohort-not-draft").hasMessageContaining("OPEN");
        }

        @Test
        void openRefusedAfterTheRegistrationDeadline() {
            Cohort cohort = Cohorts.draft();

            assertRuleViolated(() -> cohort.open(REGISTRATION_DEADLINE.plusSeconds(1)), "registration-deadline-passed");
            assertThat(cohort.status()).isEqualTo(CohortStatus.DRAFT);
        }
    }

    @Nested
    class Starting {

        @Test
        void startRefusedBelowEightParticipants() {
            Cohort cohort = Cohorts.openWith(7);

            assertRuleViolated(() -> cohort.start(LATER), "cohort-minimum-participants")
                    .hasMessage("The cohort has 7 placed participant(s) and needs at least 8 to start; "
                            + "1 more must register first");
            assertThat(cohort.status()).isEqualTo(CohortStatus.OPEN);
        }

        @Test
        void startWithEightParticipantsMovesToStarted() {
            Cohort cohort = Cohorts.openWith(8);

            cohort.start(LATER);

            assertThat(cohort.status()).isEqualTo(CohortStatus.STARTED);
            assertThat(cohort.startedAt()).isEqualTo(LATER);
        }

        @Test
        void startCountsPlacedParticipantsOnlyNotWithdrawnOnes() {
            Cohort cohort = Cohorts.openWith(8);
            cohort.withdraw(cohort.placed().get(0).id(), "no time this year", NOW);

            assertRuleViolated(() -> cohort.start(LATER), "cohort-minimum-participants");
        }

        @Test
        void startRespectsTheCohortsOwnMinimum() {
            Cohort cohort = Cohorts.openWith(Cohorts.plan(3, 5), 3);

            cohort.start(LATER);

            assertThat(cohort.status()).isEqualTo(CohortStatus.STARTED);
        }

        @Test
        void startRefusedInDraft() {
            Cohort cohort = Cohorts.draft();

            assertRuleViolated(() -> cohort.start(LATER), "cohort-not-open");
        }

        @Test
        void startRefusedTwice() {
            Cohort cohort = Cohorts.started(8);

            assertRuleViolated(() -> cohort.start(LATER), "cohort-not-open").hasMessageContaining("STARTED");
        }

        @Test
        void aRefusedStartRecordsNoEvent() {
            Cohort cohort = Cohorts.openWith(3);
            int events = cohort.pendingEvents().size();

            assertRuleViolated(() -> cohort.start(LATER), "cohort-minimum-participants");

            assertThat(cohort.pendingEvents()).hasSize(events);
        }
    }

    @Nested
    class Completing {

        @Test
        void completeRefusedBeforeStart() {
            Cohort cohort = Cohorts.openWith(8);

            assertRuleViolated(() -> cohort.complete(LATER), "cohort-not-started")
                    .hasMessageContaining("OPEN");
            assertThat(cohort.status()).isEqualTo(CohortStatus.OPEN);
        }

        @Test
        void completeRefusedInDraft() {
            assertRuleViolated(() -> Cohorts.draft().complete(LATER), "cohort-not-started");
        }

        @Test
        void completeAfterStartMovesToCompleted() {
            Cohort cohort = Cohorts.started(8);

            cohort.complete(LATER.plusSeconds(60));

            assertThat(cohort.status()).isEqualTo(CohortStatus.COMPLETED);
            assertThat(cohort.completedAt()).isEqualTo(LATER.plusSeconds(60));
        }

        @Test
        void completeRefusedTwice() {
            Cohort cohort = Cohorts.started(8);
            cohort.complete(LATER);

            assertRuleViolated(() -> cohort.complete(LATER), "cohort-not-started");
        }
    }

    @Nested
    class Cancelling {

        @Test
        void cancelFromDraft() {
            Cohort cohort = Cohorts.draft();

            cohort.cancel("Te weinig belangstelling", NOW);

            assertThat(cohort.status()).isEqualTo(CohortStatus.CANCELLED);
            assertThat(cohort.cancelledAt()).isEqualTo(NOW);
            assertThat(cohort.cancellationReason()).isEqualTo("Te weinig belangstelling");
        }

        @Test
        void cancelFromOpen() {
            Cohort cohort = Cohorts.openWith(3);

            cohort.cancel("Too few registrations", LATER);

            assertThat(cohort.status()).isEqualTo(CohortStatus.CANCELLED);
        }

        @Test
        void cancelRefusedAfterStart() {
            Cohort cohort = Cohorts.started(8);

            assertRuleViolated(() -> cohort.cancel("changed our mind", LATER), "cohort-already-started")
                    .hasMessageContaining("only before it starts");
            assertThat(cohort.status()).isEqualTo(CohortStatus.STARTED);
        }

        @Test
        void cancelRefusedAfterCompletion() {
            Cohort cohort = Cohorts.started(8);
            cohort.complete(LATER);

            assertRuleViolated(() -> cohort.cancel("too late", LATER), "cohort-already-started");
        }

        @Test
        void cancelRefusedTwice() {
            Cohort cohort = Cohorts.draft();
            cohort.cancel("once", NOW);

            assertRuleViolated(() -> cohort.cancel("twice", NOW), "cohort-already-cancelled");
        }

        @Test
        void cancelNeedsAReason() {
            assertThatIllegalArgumentException().isThrownBy(() -> Cohorts.draft().cancel(" ", NOW));
        }

        @Test
        void aCancelledCohortCannotBeOpenedOrStarted() {
            Cohort cohort = Cohorts.draft();
            cohort.cancel("no budget", NOW);

            assertRuleViolated(() -> cohort.open(NOW), "cohort-not-draft");
            assertRuleViolated(() -> cohort.start(NOW), "cohort-not-open");
        }
    }
}
