package nl.koploper.assessment.cohort;

import nl.koploper.contracts.cohort.ParticipantPromoted;
import nl.koploper.contracts.cohort.ParticipantRegistered;
import nl.koploper.contracts.cohort.ParticipantRemoved;
import nl.koploper.contracts.cohort.ParticipantWithdrew;
import nl.koploper.platform.events.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cohort events that open and close assessment cases. */
@Configuration(proxyBeanMethods = false)
class CohortEventHandlers {

    @Bean
    EventHandler<ParticipantRegistered> openOnRegistration(CohortCases cases) {
        return EventHandler.of(ParticipantRegistered.class, cases::registered);
    }

    @Bean
    EventHandler<ParticipantPromoted> openOnPromotion(CohortCases cases) {
        return EventHandler.of(ParticipantPromoted.class, cases::promoted);
    }

    @Bean
    EventHandler<ParticipantWithdrew> closeOnWithdrawal(CohortCases cases) {
        return EventHandler.of(ParticipantWithdrew.class, event -> cases.left(event, event.payload().cohortId(),
                event.payload().participantId(), event.payload().reason()));
    }

    @Bean
    EventHandler<ParticipantRemoved> closeOnRemoval(CohortCases cases) {
        return EventHandler.of(ParticipantRemoved.class, event -> cases.left(event, event.payload().cohortId(),
                event.payload().participantId(), event.payload().reason()));
    }
}
