package nl.koploper.events.cohort;

import java.time.Clock;
import nl.koploper.contracts.cohort.CohortMinimumReached;
import nl.koploper.contracts.cohort.ParticipantPromoted;
import nl.koploper.contracts.cohort.ParticipantRegistered;
import nl.koploper.contracts.cohort.ParticipantRemoved;
import nl.koploper.contracts.cohort.ParticipantWithdrew;
import nl.koploper.events.meeting.KickOffs;
import nl.koploper.platform.events.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cohort events that change who is invited to the cohort's meetings, and the one that proposes its kick-off. */
@Configuration(proxyBeanMethods = false)
class CohortEventHandlers {

    /**
     * The cohort can start: its kick-off is proposed as a draft, once. Idempotent without a processed-events record:
     * the proposal's id follows from the cohort, so a redelivery finds the kick-off and changes nothing.
     */
    @Bean
    EventHandler<CohortMinimumReached> proposeKickOff(KickOffs kickOffs, Clock clock) {
        return EventHandler.of(CohortMinimumReached.class,
                event -> kickOffs.proposeFor(event.payload(), clock.instant()));
    }

    /** A registration with a place invites; one onto the cohort's waiting list waits for its promotion. */
    @Bean
    EventHandler<ParticipantRegistered> inviteOnRegistration(CohortMeetings meetings) {
        return EventHandler.of(ParticipantRegistered.class, event -> {
            ParticipantRegistered registered = event.payload();
            if (!registered.waitlisted()) {
                meetings.invite(event, registered.cohortId(), registered.participantId(), registered.contact());
            }
        });
    }

    @Bean
    EventHandler<ParticipantPromoted> inviteOnPromotion(CohortMeetings meetings) {
        return EventHandler.of(ParticipantPromoted.class, event -> meetings.invite(event, event.payload().cohortId(),
                event.payload().participantId(), event.payload().contact()));
    }

    @Bean
    EventHandler<ParticipantWithdrew> withdrawOnWithdrawal(CohortMeetings meetings) {
        return EventHandler.of(ParticipantWithdrew.class, event -> meetings.withdraw(event, event.payload().cohortId(),
                event.payload().participantId(), event.payload().reason()));
    }

    @Bean
    EventHandler<ParticipantRemoved> withdrawOnRemoval(CohortMeetings meetings) {
        return EventHandler.of(ParticipantRemoved.class, event -> meetings.withdraw(event, event.payload().cohortId(),
                event.payload().participantId(), event.payload().reason()));
    }
}
