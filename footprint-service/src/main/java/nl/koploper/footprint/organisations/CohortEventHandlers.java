package nl.koploper.footprint.organisations;

import nl.koploper.contracts.cohort.ContactDetails;
import nl.koploper.contracts.cohort.ParticipantPromoted;
import nl.koploper.contracts.cohort.ParticipantRegistered;
import nl.koploper.contracts.cohort.ParticipantRemoved;
import nl.koploper.contracts.cohort.ParticipantWithdrew;
import nl.koploper.platform.events.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cohort events that make an organisation known to footprint-service, change its contact, or end its
 * participation. The platform enters the message's gemeente before a handler runs, retries a failure with back-off
 * and then sends it to the dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
class CohortEventHandlers {

    @Bean
    EventHandler<ParticipantRegistered> knowOnRegistration(KnownOrganisations organisations) {
        return EventHandler.of(ParticipantRegistered.class, event -> {
            ParticipantRegistered registered = event.payload();
            organisations.apply(event, registered.participantId(), organisation -> organisation.registered(
                    registered.cohortId(), registered.organisationName(), email(registered.contact()),
                    registered.waitlisted()));
        });
    }

    @Bean
    EventHandler<ParticipantPromoted> placeOnPromotion(KnownOrganisations organisations) {
        return EventHandler.of(ParticipantPromoted.class, event -> {
            ParticipantPromoted promoted = event.payload();
            organisations.apply(event, promoted.participantId(), organisation -> organisation.promoted(
                    promoted.cohortId(), promoted.organisationName(), email(promoted.contact())));
        });
    }

    @Bean
    EventHandler<ParticipantWithdrew> leaveOnWithdrawal(KnownOrganisations organisations) {
        return EventHandler.of(ParticipantWithdrew.class, event -> organisations.apply(event,
                event.payload().participantId(),
                organisation -> organisation.left(event.payload().cohortId(), event.payload().organisationName())));
    }

    @Bean
    EventHandler<ParticipantRemoved> leaveOnRemoval(KnownOrganisations organisations) {
        return EventHandler.of(ParticipantRemoved.class, event -> organisations.apply(event,
                event.payload().participantId(),
                organisation -> organisation.left(event.payload().cohortId(), event.payload().organisationName())));
    }

    private static String email(ContactDetails contact) {
        return contact == null ? null : contact.email();
    }
}
