package nl.koploper.notification.cohort;

import nl.koploper.contracts.cohort.ContactDetails;
import nl.koploper.contracts.cohort.ParticipantPromoted;
import nl.koploper.contracts.cohort.ParticipantRegistered;
import nl.koploper.notification.compose.MailComposer;
import nl.koploper.notification.compose.Recipient;
import nl.koploper.notification.template.MessageType;
import nl.koploper.platform.events.EventHandler;
import nl.koploper.platform.events.RejectedEventException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Cohort events that mail the organisation's contact person; idempotent through the mails' deduplication key. */
@Configuration(proxyBeanMethods = false)
class CohortEventHandlers {

    /** Placed or waitlisted: the confirmation says which, with the place on the waiting list. */
    @Bean
    EventHandler<ParticipantRegistered> confirmRegistration(MailComposer composer) {
        return EventHandler.of(ParticipantRegistered.class, event -> {
            ParticipantRegistered registered = event.payload();
            composer.compose(event, MessageType.REGISTRATION_CONFIRMATION, contact(registered.contact()), data -> {
                data.with("cohort.name", registered.cohortName())
                        .with("organisation.name", registered.organisationName());
                if (registered.waitlisted() && registered.waitlistPosition() != null) {
                    data.with("registration.waitlistPosition", registered.waitlistPosition());
                }
            }, null);
        });
    }

    @Bean
    EventHandler<ParticipantPromoted> announcePromotion(MailComposer composer) {
        return EventHandler.of(ParticipantPromoted.class, event -> composer.compose(event,
                MessageType.WAITING_LIST_PROMOTION, contact(event.payload().contact()),
                data -> data.with("cohort.name", event.payload().cohortName())
                        .with("organisation.name", event.payload().organisationName()), null));
    }

    private static Recipient contact(ContactDetails contact) {
        if (contact == null || contact.email() == null || contact.email().isBlank()) {
            throw new RejectedEventException("Refused: a participant event without the contact's e-mail address");
        }
        return new Recipient(contact.email(), contact.name(), contact.locale());
    }
}
