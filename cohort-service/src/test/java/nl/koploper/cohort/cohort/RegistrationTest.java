package nl.koploper.cohort.cohort;

import static nl.koploper.cohort.cohort.CohortLifecycleTest.assertRuleViolated;
import static nl.koploper.cohort.cohort.Cohorts.LATER;
import static nl.koploper.cohort.cohort.Cohorts.NOW;
import static nl.koploper.cohort.cohort.Cohorts.REGISTRATION_DEADLINE;
import static nl.koploper.cohort.cohort.RegistrationBuilder.aRegistration;
import static nl.koploper.cohort.cohort.RegistrationBuilder.organisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.koploper.contracts.cohort.RegistrationRepeated;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.test.RecordedEvents;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    private static List<String> names(List<Participant> participants) {
        return participants.stream().map(p -> p.organisation().name()).toList();
    }

    @Nested
    class WhenTheCohortIsNotTakingRegistrations {

        @Test
        void registrationRefusedInADraftCohort() {
            Cohort cohort = Cohorts.draft();

            assertRuleViolated(() -> cohort.register(aRegistration().build(), NOW), "cohort-not-open")
                    .hasMessageContaining("DRAFT");
            assertThat(cohort.participants()).isEmpty();
        }

        @Test
        void registrationRefusedAfterStart() {
            Cohort cohort = Cohorts.started(8);

            assertRuleViolated(() -> cohort.register(organisation(99).build(), LATER), "cohort-not-open");
        }

        @Test
        void registrationRefusedInACancelledCohort() {
            Cohort cohort = Cohorts.open();
            cohort.cancel("no budget", NOW);

            assertRuleViolated(() -> cohort.register(aRegistration().build(), NOW), "cohort-not-open");
        }

        @Test
        void registrationRefusedAfterTheDeadline() {
            Cohort cohort = Cohorts.open();

            assertRuleViolated(() -> cohort.register(aRegistration().build(), REGISTRATION_DEADLINE.plusSeconds(1)),
                    "registration-deadline-passed")
                    .hasMessage("Registration for this cohort closed at 2027-03-02T00:00+01:00");
            assertThat(cohort.participants()).isEmpty();
        }

        @Test
        void registrationAtTheDeadlineItselfIsAccepted() {
            Cohort cohort = Cohorts.open();

            cohort.register(aRegistration().build(), REGISTRATION_DEADLINE);

            assertThat(cohort.placed()).hasSize(1);
        }
    }

    @Nested
    class Consent {

        @Test
        void registrationWithoutConsentIsRefused() {
            Cohort cohort = Cohorts.open();

            assertRuleViolated(() -> cohort.register(aRegistration().withoutConsent().build(), NOW),
                    "participation-consent-required");
            assertThat(cohort.participants()).isEmpty();
        }

        @Test
        void consentIsKeptWithItsTime() {
            Cohort cohort = Cohorts.open();

            Participant participant = cohort.register(aRegistration().build(), LATER);

            assertThat(participant.consentGivenAt()).isEqualTo(LATER);
            assertThat(participant.registeredAt()).isEqualTo(LATER);
        }
    }

    @Nested
    class Placement {

        @Test
        void aRegistrationKeepsTheOrganisationAndItsContact() {
            Cohort cohort = Cohorts.open();

            Participant participant = cohort.register(aRegistration().build(), NOW);

            assertThat(participant.id()).isNotBlank();
            assertThat(participant.status()).isEqualTo(ParticipantStatus.PLACED);
            assertThat(participant.placedAt()).isEqualTo(NOW);
            assertThat(participant.organisation().name()).isEqualTo("Bakkerij De Koploper");
            assertThat(participant.organisation().kvkNumber().value()).isEqualTo("12345678");
            assertThat(participant.organisation().address().postalCode()).isEqualTo("9712 HN");
            assertThat(participant.contact().email()).isEqualTo("anna@bakkerij-dekoploper.nl");
            assertThat(cohort.participant(participant.id())).isSameAs(participant);
        }

        @Test
        void theFirstFifteenArePlacedAndTheSixteenthIsWaitlisted() {
            Cohort cohort = Cohorts.openWith(15);

            Participant sixteenth = cohort.register(organisation(16).build(), NOW);

            assertThat(cohort.placed()).hasSize(15);
            assertThat(sixteenth.status()).isEqualTo(ParticipantStatus.WAITLISTED);
            assertThat(sixteenth.placedAt()).isNull();
            assertThat(cohort.waitingList()).containsExactly(sixteenth);
        }

        @Test
        void theWaitingListKeepsTheOrderOfRegistration() {
            Cohort cohort = Cohorts.openWith(Cohorts.plan(1, 2), 2);

            Cohorts.register(cohort, 3, 5);

            assertThat(names(cohort.placed())).containsExactly("Organisatie 1", "Organisatie 2");
            assertThat(names(cohort.waitingList())).containsExactly("Organisatie 3", "Organisatie 4", "Organisatie 5");
        }
    }

    @Nested
    class OneRegistrationPerKvkNumber {

        @Test
        void aKvkNumberWithAPlaceCannotRegisterAgain() {
            Cohort cohort = Cohorts.open();
            cohort.register(aRegistration().kvk("12345678").build(), NOW);

            assertRuleViolated(() -> cohort.register(aRegistration().kvk("12345678").named("Other name").build(), NOW),
                    "kvk-already-registered")
                    .hasMessage("KvK number 12345678 is already registered for this cohort, with a place");
            assertThat(cohort.participants()).hasSize(1);
        }

        @Test
        void aKvkNumberOnTheWaitingListCannotRegisterAgain() {
            Cohort cohort = Cohorts.openWith(Cohorts.plan(1, 1), 1);
            cohort.register(organisation(2).build(), NOW);

            assertRuleViolated(() -> cohort.register(organisation(2).build(), NOW), "kvk-already-registered")
                    .hasMessageEndingWith("on the waiting list");
            assertThat(cohort.waitingList()).hasSize(1);
        }

        @Test
        void theSameKvkNumberTypedWithSpacesIsStillTheSame() {
            Cohort cohort = Cohorts.open();
            cohort.register(aRegistration().kvk("12345678").build(), NOW);

            assertRuleViolated(() -> cohort.register(aRegistration().kvk("1234 5678").build(), NOW),
                    "kvk-already-registered");
        }

        @Test
        void thePublicFormsRepeatChangesNothingAndRecordsOnlyTheContactOnRecord() {
            Cohort cohort = Cohorts.openWith(Cohorts.plan(1, 1), 1);
            cohort.register(organisation(2).build(), NOW);
            int recorded = cohort.pendingEvents().size();

            assertThat(cohort.registerOrRepeat(organisation(2).named("Other name")
                    .contact("Someone Else", "someone@elsewhere.example").build(), NOW)).isEmpty();
            assertThat(cohort.registerOrRepeat(organisation(1).contact("Contact 1", "CONTACT1@example.nl").build(),
                    NOW)).isEmpty();

            assertThat(cohort.placed()).extracting(p -> p.contact().email()).containsExactly("contact1@example.nl");
            assertThat(cohort.waitingList()).extracting(p -> p.organisation().name()).containsExactly(
                    organisation(2).build().organisation().name());
            assertThat(cohort.pendingEvents()).hasSize(recorded + 2);
            List<RegistrationRepeated> repeats = RecordedEvents.payloads(cohort, RegistrationRepeated.class);
            assertThat(repeats).extracting(r -> r.contact().email())
                    .containsExactly("contact2@example.nl", "contact1@example.nl");
            assertThat(repeats).extracting(RegistrationRepeated::submittedByContact).containsExactly(false, true);
            assertThat(repeats.get(0).participantId()).isEqualTo(cohort.waitingList().get(0).id());
            assertThat(repeats.get(0).organisationName()).isNotEqualTo("Other name");
        }

        @Test
        void thePublicFormRegistersANewcomerAndMeetsTheSameRefusalsFirst() {
            Cohort cohort = Cohorts.openWith(Cohorts.plan(1, 1), 1);

            assertThat(cohort.registerOrRepeat(organisation(2).build(), NOW)).hasValueSatisfying(
                    p -> assertThat(p.status()).isEqualTo(ParticipantStatus.WAITLISTED));
            assertRuleViolated(() -> cohort.registerOrRepeat(organisation(1).build(),
                    REGISTRATION_DEADLINE.plusSeconds(1)), "registration-deadline-passed");
            assertRuleViolated(() -> cohort.registerOrRepeat(organisation(3).build(),
                    REGISTRATION_DEADLINE.plusSeconds(1)), "registration-deadline-passed");
            assertThat(RecordedEvents.payloads(cohort, RegistrationRepeated.class)).isEmpty();
        }

        @Test
        void aWithdrawnOrganisationMayRegisterAgainAtTheBackOfTheQueue() {
            Cohort cohort = Cohorts.openWith(Cohorts.plan(1, 1), 2);
            Participant waiting = cohort.waitingList().get(0);
            cohort.withdraw(waiting.id(), null, NOW);
            cohort.register(organisation(3).build(), NOW);

            Participant again = cohort.register(organisation(2).build(), LATER);

            assertThat(again.id()).isNotEqualTo(waiting.id());
            assertThat(names(cohort.waitingList())).containsExactly("Organisatie 3", "Organisatie 2");
        }

        @Test
        void differentCohortsDoNotShareTheRule() {
            Cohort first = Cohorts.open();
            Cohort second = Cohorts.open();
            first.register(aRegistration().build(), NOW);

            second.register(aRegistration().build(), NOW);

            assertThat(second.placed()).hasSize(1);
        }
    }

    @Nested
    class LeavingAndPromotion {

        @Test
        void whenAPlacedParticipantWithdrawsTheFirstOnTheWaitingListMovesUp() {
            Cohort cohort = Cohorts.openWith(Cohorts.plan(1, 2), 4);
            Participant leaver = cohort.placed().get(0);

            cohort.withdraw(leaver.id(), "Geen tijd dit jaar", LATER);

            assertThat(leaver.status()).isEqualTo(ParticipantStatus.WITHDRAWN);
            assertThat(leaver.leftAt()).isEqualTo(LATER);
            assertThat(leaver.leaveReason()).isEqualTo("Geen tijd dit jaar");
            assertThat(names(cohort.placed())).containsExactly("Organisatie 2", "Organisatie 3");
            assertThat(cohort.participant(cohort.placed().get(1).id()).placedAt()).isEqualTo(LATER);
            assertThat(names(cohort.waitingList())).containsExactly("Organisatie 4");
        }

        @Test
        void whenTheCoordinatorRemovesAParticipantTheFirstOnTheWaitingListMovesUp() {
            Cohort cohort = Cohorts.openWith(Cohorts.plan(1, 2), 3);
            Participant removed = cohort.placed().get(1);

            cohort.remove(removed.id(), "Valt buiten de gemeente", LATER);

            assertThat(removed.status()).isEqualTo(ParticipantStatus.REMOVED);
            assertThat(removed.leaveReason()).isEqualTo("Valt buiten de gemeente");
            assertThat(names(cohort.placed())).containsExactly("Organisatie 1", "Organisatie 3");
            assertThat(cohort.waitingList()).isEmpty();
        }

        @Test
        void removalNeedsAReason() {
            Cohort cohort = Cohorts.openWith(1);

            assertThatIllegalArgumentException().isThrownBy(
                    () -> cohort.remove(cohort.placed().get(0).id(), "  ", NOW));
            assertThat(cohort.placed()).hasSize(1);
        }

        @Test
        void leavingTheWaitingListPromotesNobodyAndKeepsTheOrder() {
            Cohort cohort = Cohorts.openWith(Cohorts.plan(1, 1), 4);

            cohort.withdraw(cohort.waitingList().get(1).id(), null, NOW);

            assertThat(names(cohort.placed())).containsExactly("Organisatie 1");
            assertThat(names(cohort.waitingList())).containsExactly("Organisatie 2", "Organisatie 4");
        }

        @Test
        void withoutAWaitingListAFreedPlaceStaysFree() {
            Cohort cohort = Cohorts.openWith(3);

            cohort.withdraw(cohort.placed().get(0).id(), null, NOW);

            assertThat(cohort.placed()).hasSize(2);
        }

        @Test
        void afterTheStartAFreedPlaceIsNotFilledFromTheWaitingList() {
            Cohort cohort = Cohorts.openWith(Cohorts.plan(2, 2), 3);
            cohort.start(LATER);

            cohort.withdraw(cohort.placed().get(0).id(), "Bedrijf verkocht", LATER);

            assertThat(names(cohort.placed())).containsExactly("Organisatie 2");
            assertThat(names(cohort.waitingList())).containsExactly("Organisatie 3");
        }

        @Test
        void anUnknownParticipantIsNotFound() {
            Cohort cohort = Cohorts.openWith(1);

            assertThatThrownBy(() -> cohort.withdraw("nope", null, NOW)).isInstanceOf(NotFoundException.class);
        }

        @Test
        void aParticipantCannotLeaveTwice() {
            Cohort cohort = Cohorts.openWith(1);
            String id = cohort.placed().get(0).id();
            cohort.withdraw(id, null, NOW);

            assertRuleViolated(() -> cohort.remove(id, "duplicate", NOW), "participant-not-active");
        }

        @Test
        void participantsCannotChangeOnceTheCohortIsCompleted() {
            Cohort cohort = Cohorts.started(8);
            cohort.complete(LATER);

            assertRuleViolated(() -> cohort.withdraw(cohort.placed().get(0).id(), null, LATER), "cohort-closed");
        }

        @Test
        void participantsCannotChangeOnceTheCohortIsCancelled() {
            Cohort cohort = Cohorts.openWith(2);
            cohort.cancel("no budget", NOW);

            assertRuleViolated(() -> cohort.remove(cohort.participants().get(0).id(), "x", LATER), "cohort-closed");
        }
    }

    @Nested
    class MinimumReached {

        @Test
        void theMinimumIsReachedWhenTheEighthOrganisationIsPlaced() {
            Cohort cohort = Cohorts.openWith(7);
            assertThat(cohort.minimumReachedAt()).isNull();

            cohort.register(organisation(8).build(), LATER);

            assertThat(cohort.minimumReachedAt()).isEqualTo(LATER);
        }

        @Test
        void theMinimumIsReachedOnceEvenWhenTheCountDropsAndRisesAgain() {
            Cohort cohort = Cohorts.openWith(8);
            cohort.withdraw(cohort.placed().get(0).id(), null, NOW);
            cohort.register(organisation(9).build(), LATER);
            Cohorts.register(cohort, 10, 20);

            assertThat(cohort.minimumReachedAt()).isEqualTo(NOW);
        }
    }
}
