package nl.koploper.events.cohort;

import java.time.Clock;
import nl.koploper.contracts.assessment.AdvisorAssigned;
import nl.koploper.contracts.cohort.CohortMinimumReached;
import nl.koploper.contracts.cohort.ParticipantPromoted;
import nl.koploper.contracts.cohort.ParticipantRegistered;
import nl.koploper.contracts.cohort.ParticipantRemoved;
import nl.koploper.contracts.cohort.ParticipantWithdrew;
import nl.koploper.events.meeting.Invitee;
import nl.koploper.events.meeting.KickOffs;
import nl.koploper.platform.events.EventHandler;
import nl.koploper.platform.events.RejectedEventException;
import nl.koploper.platform.web.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cohort events that change who is invited to the cohort's meetings, and the one that proposes its kick-off. Each
 * also keeps the cohort's placed participants ({@link CohortParticipants}), whom a meeting planned without a list
 * invites.
 */
@Configuration(proxyBeanMethods = false)
class CohortEventHandlers {

    /**
     * The cohort can start: its kick-off is proposed as a draft, once. Idempotent without a processed-events record:
     * the proposal's id follows from the cohort, so a redelivery finds the kick-off and changes nothing.
     */
    @Bean
    EventHandler<CohortMinimumReached> proposeKickOff(KickOffs kickOffs, CohortParticipants participants,
                                                      Clock clock) {
        return EventHandler.of(CohortMinimumReached.class, event -> {
            CohortMinimumReached reached = event.payload();
            participants.known(reached.cohortId(), reached.participants(), reached.reachedAt());
            kickOffs.proposeFor(reached, clock.instant());
        });
    }

    /** A registration with a place invites; one onto the cohort's waiting list waits for its promotion. */
    @Bean
    EventHandler<ParticipantRegistered> inviteOnRegistration(CohortMeetings meetings,
                                                             CohortParticipants participants) {
        return EventHandler.of(ParticipantRegistered.class, event -> {
            ParticipantRegistered registered = event.payload();
            if (!registered.waitlisted()) {
                participants.placed(registered.cohortId(), registered.participantId(), registered.contact(),
                        registered.registeredAt());
                meetings.invite(event, registered.cohortId(), registered.participantId(), registered.contact(),
                        participants.advisorOf(registered.cohortId(), registered.participantId()));
            }
        });
    }

    @Bean
    EventHandler<ParticipantPromoted> inviteOnPromotion(CohortMeetings meetings, CohortParticipants participants) {
        return EventHandler.of(ParticipantPromoted.class, event -> {
            ParticipantPromoted promoted = event.payload();
            participants.placed(promoted.cohortId(), promoted.participantId(), promoted.contact(),
                    promoted.promotedAt());
            meetings.invite(event, promoted.cohortId(), promoted.participantId(), promoted.contact(),
                    participants.advisorOf(promoted.cohortId(), promoted.participantId()));
        });
    }

    /**
     * The advisor of one of the cohort's organisations (assessment-service): invited to the upcoming meetings that
     * concern advisors. An advisor whose contact cannot be invited is rejected to the dead-letter topic, nothing kept.
     */
    @Bean
    EventHandler<AdvisorAssigned> inviteAssignedAdvisor(CohortMeetings meetings, CohortParticipants participants) {
        return EventHandler.of(AdvisorAssigned.class, event -> {
            AdvisorAssigned assigned = event.payload();
            if (assigned.cohortId() == null || assigned.participantId() == null || assigned.advisorId() == null
                    || assigned.advisor() == null) {
                throw new RejectedEventException("AdvisorAssigned " + event.id() + " lacks its cohort, "
                        + "participant or advisor");
            }
            Invitee advisor;
            try {
                advisor = Invitee.advisor(assigned.advisorId(), assigned.advisor().name(), assigned.advisor().email(),
                        assigned.advisor().locale());
            } catch (InvalidInputException e) {
                throw new RejectedEventException("AdvisorAssigned " + event.id() + ": the advisor cannot be invited ("
                        + e.getMessage() + ")", e);
            }
            if (participants.advisorAssigned(assigned.cohortId(), assigned.participantId(), advisor,
                    assigned.assignedAt())) {
                meetings.advisorAssigned(event, assigned.cohortId(), advisor,
                        participants.isPlaced(assigned.cohortId(), assigned.participantId()),
                        assigned.previousAdvisorId(), participants.advisors(assigned.cohortId()));
            }
        });
    }

    @Bean
    EventHandler<ParticipantWithdrew> withdrawOnWithdrawal(CohortMeetings meetings, CohortParticipants participants) {
        return EventHandler.of(ParticipantWithdrew.class, event -> {
            ParticipantWithdrew withdrew = event.payload();
            if (!withdrew.wasWaitlisted()) {
                participants.left(withdrew.cohortId(), withdrew.participantId(), withdrew.withdrewAt());
            }
            meetings.withdraw(event, withdrew.cohortId(), withdrew.participantId(), withdrew.reason(),
                    participants.advisorReleasedBy(withdrew.cohortId(), withdrew.participantId()));
        });
    }

    @Bean
    EventHandler<ParticipantRemoved> withdrawOnRemoval(CohortMeetings meetings, CohortParticipants participants) {
        return EventHandler.of(ParticipantRemoved.class, event -> {
            ParticipantRemoved removed = event.payload();
            if (!removed.wasWaitlisted()) {
                participants.left(removed.cohortId(), removed.participantId(), removed.removedAt());
            }
            meetings.withdraw(event, removed.cohortId(), removed.participantId(), removed.reason(),
                    participants.advisorReleasedBy(removed.cohortId(), removed.participantId()));
        });
    }
}
