package nl.koploper.cohort.cohort;

import static nl.koploper.cohort.cohort.Cohorts.ASSIGNMENT_DEADLINE;
import static nl.koploper.cohort.cohort.Cohorts.LATER;
import static nl.koploper.cohort.cohort.Cohorts.NOW;
import static nl.koploper.cohort.cohort.Cohorts.REGISTRATION_DEADLINE;
import static nl.koploper.cohort.cohort.RegistrationBuilder.aRegistration;
import static nl.koploper.cohort.cohort.RegistrationBuilder.organisation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.koploper.cohort.organisation.OrganisationType;
import nl.koploper.contracts.Topics;
import nl.koploper.contracts.cohort.CohortCancelled;
import nl.koploper.contracts.cohort.CohortCompleted;
import nl.koploper.contracts.cohort.CohortCreated;
import nl.koploper.contracts.cohort.CohortMinimumReached;
import nl.koploper.contracts.cohort.CohortOpened;
import nl.koploper.contracts.cohort.CohortStarted;
import nl.koploper.contracts.cohort.ContactDetails;
import nl.koploper.contracts.cohort.ParticipantPromoted;
import nl.koploper.contracts.cohort.ParticipantRegistered;
import nl.koploper.contracts.cohort.ParticipantRemoved;
import nl.koploper.contracts.cohort.ParticipantSummary;
import nl.koploper.contracts.cohort.ParticipantWithdrew;
import nl.koploper.platform.events.PendingEvent;
import nl.koploper.test.RecordedEvents;
import org.junit.jupiter.api.Test;

class CohortEventsTest {

    private static List<String> organisationNames(List<ParticipantSummary> participants) {
        return participants.stream().map(ParticipantSummary::organisationName).toList();
    }

    @Test
    void aWholeYearRecordsItsEventsInOrder() {
        Cohort cohort = Cohorts.openWith(8);
        cohort.start(LATER);
        cohort.complete(LATER);

        List<Class<?>> expected = new ArrayList<>(List.of(CohortCreated.class, CohortOpened.class));
        expected.addAll(Collections.nCopies(8, ParticipantRegistered.class));
        expected.addAll(List.of(CohortMinimumReached.class, CohortStarted.class, CohortCompleted.class));
        expected.addAll(Collections.nCopies(8, nl.koploper.contracts.cohort.CertificateIssued.class));
        assertThat(RecordedEvents.types(cohort)).containsExactlyElementsOf(expected);
    }

    @Test
    void everyEventGoesToTheCohortTopicWithItsVersionedTypeAndTheTimeOfTheChange() {
        Cohort cohort = Cohorts.draft();
        cohort.open(LATER);

        List<PendingEvent> events = cohort.pendingEvents();
        assertThat(events).extracting(PendingEvent::topic).containsOnly(Topics.COHORT_EVENTS);
        assertThat(events).extracting(PendingEvent::type)
                .containsExactly("nl.koploper.cohort.cohort-created.v1", "nl.koploper.cohort.cohort-opened.v1");
        assertThat(events).extracting(PendingEvent::time).containsExactly(NOW, LATER);
    }

    @Test
    void cohortCreatedCarriesThePlan() {
        Cohort cohort = Cohorts.draft();

        assertThat(RecordedEvents.last(cohort, CohortCreated.class)).isEqualTo(new CohortCreated("westerkwartier",
                cohort.id(), "Koplopers Westerkwartier 2027", 2027, 8, 15, REGISTRATION_DEADLINE, ASSIGNMENT_DEADLINE,
                NOW));
    }

    @Test
    void cohortOpenedCarriesTheRegistrationDeadline() {
        Cohort cohort = Cohorts.open();

        assertThat(RecordedEvents.last(cohort, CohortOpened.class)).isEqualTo(new CohortOpened("westerkwartier",
                cohort.id(), "Koplopers Westerkwartier 2027", 2027, 8, 15, REGISTRATION_DEADLINE, NOW));
    }

    @Test
    void participantRegisteredCarriesTheOrganisationAndItsContact() {
        Cohort cohort = Cohorts.open();

        Participant participant = cohort.register(aRegistration().type(OrganisationType.HOUSING_CORPORATION)
                .inEnglish().build(), LATER);

        assertThat(RecordedEvents.last(cohort, ParticipantRegistered.class)).isEqualTo(new ParticipantRegistered(
                "westerkwartier", cohort.id(), "Koplopers Westerkwartier 2027", participant.id(),
                "Bakkerij De Koploper", "12345678", "HOUSING_CORPORATION", "10711", 12.5,
                new ContactDetails("Anna de Vries", "anna@bakkerij-dekoploper.nl", "050 123 4567", "en"),
                false, null, LATER));
    }

    @Test
    void aWaitlistedRegistrationSaysSoWithItsPosition() {
        Cohort cohort = Cohorts.openWith(Cohorts.plan(1, 1), 2);

        cohort.register(organisation(3).build(), NOW);

        List<ParticipantRegistered> registered = RecordedEvents.payloads(cohort, ParticipantRegistered.class);
        assertThat(registered).extracting(ParticipantRegistered::waitlisted).containsExactly(false, true, true);
        assertThat(registered).extracting(ParticipantRegistered::waitlistPosition).containsExactly(null, 1, 2);
    }

    @Test
    void minimumReachedIsRecordedOnceRightAfterTheRegistrationThatReachedIt() {
        Cohort cohort = Cohorts.openWith(8);
        cohort.withdraw(cohort.placed().get(0).id(), null, NOW);
        Cohorts.register(cohort, 9, 12);

        List<Class<?>> types = RecordedEvents.types(cohort);
        assertThat(types).filteredOn(CohortMinimumReached.class::equals).hasSize(1);
        // created, opened, eight registrations, then the minimum
        assertThat(types.indexOf(CohortMinimumReached.class)).isEqualTo(10);
        assertThat(types.subList(2, 10)).containsOnly(ParticipantRegistered.class);
        CohortMinimumReached reached = RecordedEvents.last(cohort, CohortMinimumReached.class);
        assertThat(reached.minimumParticipants()).isEqualTo(8);
        assertThat(reached.year()).isEqualTo(2027);
        assertThat(organisationNames(reached.participants())).hasSize(8).first().isEqualTo("Organisatie 1");
        assertThat(reached.participants().get(7).contact().email()).isEqualTo("contact8@example.nl");
    }

    @Test
    void withdrawingAPlacedParticipantRecordsTheWithdrawalThenThePromotion() {
        Cohort cohort = Cohorts.openWith(Cohorts.plan(1, 1), 2);
        Participant leaver = cohort.placed().get(0);
        Participant waiting = cohort.waitingList().get(0);
        int before = cohort.pendingEvents().size();

        cohort.withdraw(leaver.id(), " Geen tijd ", LATER);

        List<Object> recorded = RecordedEvents.payloads(cohort);
        assertThat(recorded.subList(before, recorded.size())).containsExactly(
                new ParticipantWithdrew("westerkwartier", cohort.id(), "Koplopers Westerkwartier 2027", leaver.id(),
                        "Organisatie 1", new ContactDetails("Contact 1", "contact1@example.nl", "050 123 4567", "nl"),
                        false, "Geen tijd", LATER),
                new ParticipantPromoted("westerkwartier", cohort.id(), "Koplopers Westerkwartier 2027", waiting.id(),
                        "Organisatie 2", new ContactDetails("Contact 2", "contact2@example.nl", "050 123 4567", "nl"),
                        leaver.id(), LATER));
    }

    @Test
    void removingAWaitingParticipantRecordsTheReasonAndNoPromotion() {
        Cohort cohort = Cohorts.openWith(Cohorts.plan(1, 1), 2);
        Participant waiting = cohort.waitingList().get(0);

        cohort.remove(waiting.id(), "Dubbele aanmelding", LATER);

        assertThat(RecordedEvents.payloads(cohort, ParticipantPromoted.class)).isEmpty();
        ParticipantRemoved removed = RecordedEvents.last(cohort, ParticipantRemoved.class);
        assertThat(removed.participantId()).isEqualTo(waiting.id());
        assertThat(removed.wasWaitlisted()).isTrue();
        assertThat(removed.reason()).isEqualTo("Dubbele aanmelding");
        assertThat(removed.removedAt()).isEqualTo(LATER);
    }

    @Test
    void cohortStartedListsThePlacedAndTheStillWaitingParticipants() {
        Cohort cohort = Cohorts.openWith(Cohorts.plan(2, 2), 3);

        cohort.start(LATER);

        CohortStarted started = RecordedEvents.last(cohort, CohortStarted.class);
        assertThat(started.tenantId()).isEqualTo("westerkwartier");
        assertThat(started.cohortId()).isEqualTo(cohort.id());
        assertThat(started.assignmentDeadline()).isEqualTo(ASSIGNMENT_DEADLINE);
        assertThat(started.participants()).extracting(ParticipantSummary::participantId)
                .containsExactlyElementsOf(cohort.placed().stream().map(Participant::id).toList());
        assertThat(organisationNames(started.waitlistedParticipants())).containsExactly("Organisatie 3");
        assertThat(started.startedAt()).isEqualTo(LATER);
    }

    @Test
    void cohortCompletedListsOnlyTheParticipantsThatFinished() {
        Cohort cohort = Cohorts.started(9);
        cohort.withdraw(cohort.placed().get(4).id(), "Gestopt", LATER);

        cohort.complete(LATER);

        CohortCompleted completed = RecordedEvents.last(cohort, CohortCompleted.class);
        assertThat(completed.finishedParticipants()).hasSize(8);
        assertThat(organisationNames(completed.finishedParticipants())).doesNotContain("Organisatie 5");
        assertThat(completed.finishedParticipants().get(0)).isEqualTo(new ParticipantSummary(
                cohort.placed().get(0).id(), "Organisatie 1", "10000001",
                new ContactDetails("Contact 1", "contact1@example.nl", "050 123 4567", "nl")));
    }

    @Test
    void cohortCancelledListsEveryoneStillRegisteredWithTheReason() {
        Cohort cohort = Cohorts.openWith(Cohorts.plan(1, 2), 4);
        cohort.withdraw(cohort.waitingList().get(0).id(), null, NOW);

        cohort.cancel("Te weinig budget", LATER);

        CohortCancelled cancelled = RecordedEvents.last(cohort, CohortCancelled.class);
        assertThat(cancelled.reason()).isEqualTo("Te weinig budget");
        assertThat(organisationNames(cancelled.affectedParticipants()))
                .containsExactly("Organisatie 1", "Organisatie 2", "Organisatie 4");
        assertThat(cancelled.cancelledAt()).isEqualTo(LATER);
    }
}
