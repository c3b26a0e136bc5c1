package nl.koploper.notification.cohort;

import java.util.List;
import nl.koploper.contracts.cohort.CohortStarted;
import nl.koploper.contracts.cohort.ContactDetails;
import nl.koploper.contracts.cohort.ParticipantSummary;
import nl.koploper.notification.compose.MailComposer;
import nl.koploper.notification.compose.Recipient;
import nl.koploper.notification.template.MessageType;
import nl.koploper.platform.events.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The end of a waiting list. A place freed before the start goes to the first who waits (cohort-service records
 * that as ParticipantPromoted, mailed as WAITING_LIST_PROMOTION); when the year starts, whoever still waits will not
 * get a place, and hears so instead of waiting for an answer that never comes.
 */
@Configuration(proxyBeanMethods = false)
class WaitingListMails {

    private static final Logger log = LoggerFactory.getLogger(WaitingListMails.class);

    @Bean
    EventHandler<CohortStarted> closeWaitingListAtStart(MailComposer composer) {
        return EventHandler.of(CohortStarted.class, event -> {
            CohortStarted started = event.payload();
            List<ParticipantSummary> waiting = started.waitlistedParticipants() == null ? List.of()
                    : started.waitlistedParticipants();
            for (ParticipantSummary organisation : waiting) {
                ContactDetails contact = organisation.contact();
                if (contact == null || contact.email() == null || contact.email().isBlank()) {
                    // One organisation without an address must not keep the others from hearing.
                    log.warn("Cohort {} started: waiting organisation {} has no contact address; not told",
                            started.cohortId(), organisation.participantId());
                    continue;
                }
                composer.compose(event, MessageType.WAITING_LIST_CLOSED,
                        new Recipient(contact.email(), contact.name(), contact.locale()),
                        data -> data.with("cohort.name", started.cohortName())
                                .with("organisation.name", organisation.organisationName()), null);
            }
        });
    }
}
