package nl.koploper.events.cohort;

import nl.koploper.contracts.cohort.ParticipantPromoted;
import nl.koploper.contracts.cohort.ParticipantRegistered;
import nl.koploper.contracts.cohort.ParticipantRemoved;
import nl.koploper.contracts.cohort.ParticipantWithdrew;
import nl.koploper.platform.events.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cohort events that change who is invited to the cohort's meetings. */
@Configuration(proxyBeanMethods = false)
class CohortEventHandlers {

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
