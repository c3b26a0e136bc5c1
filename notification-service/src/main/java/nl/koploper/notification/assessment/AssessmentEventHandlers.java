package nl.koploper.notification.assessment;

import java.time.DateTimeException;
import java.time.LocalDate;
import nl.koploper.contracts.assessment.ActionOverdue;
import nl.koploper.contracts.assessment.AdvisorAssigned;
import nl.koploper.contracts.assessment.AssessmentRecipient;
import nl.koploper.contracts.assessment.NulmetingVisitPlanned;
import nl.koploper.contracts.assessment.NulmetingVisitRescheduled;
import nl.koploper.contracts.assessment.ProfilePublished;
import nl.koploper.notification.compose.MailComposer;
import nl.koploper.notification.compose.MailExtras;
import nl.koploper.notification.compose.PortalLinks;
import nl.koploper.notification.compose.Recipient;
import nl.koploper.notification.template.MessageType;
import nl.koploper.platform.events.EventHandler;
import nl.koploper.platform.events.RejectedEventException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Assessment events to mail, one per recipient; idempotent through the mails' deduplication key (event id, message
 * type, recipient), so a redelivered event adds only what is missing. Links to the profile and the action plan are the
 * portal's pages of the event's case ({@link PortalLinks}: {@code <base>/profiel/<caseId>},
 * {@code <base>/actieplan/<caseId>}); the API path the event also carries is not mailed. Replies to the participant's
 * mail go to the advisor the event names ({@code advisorEmail}, or the visit's advisor), else to the gemeente's
 * reply-to.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentEventHandlers {

    /** The visit is planned: the contact and the advisor each get the invitation with a calendar REQUEST. */
    @Bean
    EventHandler<NulmetingVisitPlanned> inviteToNulmetingVisit(VisitMails visits) {
        return EventHandler.of(NulmetingVisitPlanned.class, event -> visits.send(event,
                MessageType.NULMETING_VISIT_INVITE, event.payload().caseId(), event.payload().organisationName(),
                event.payload().visit(), event.payload().recipients()));
    }

    /** The visit moved: an update to each recipient, same UID, the higher SEQUENCE. */
    @Bean
    EventHandler<NulmetingVisitRescheduled> updateNulmetingVisit(VisitMails visits) {
        return EventHandler.of(NulmetingVisitRescheduled.class, event -> visits.send(event,
                MessageType.NULMETING_VISIT_UPDATE, event.payload().caseId(), event.payload().organisationName(),
                event.payload().visit(), event.payload().recipients()));
    }

    @Bean
    EventHandler<ProfilePublished> announcePublishedProfile(MailComposer composer, PortalLinks links) {
        return EventHandler.of(ProfilePublished.class, event -> {
            ProfilePublished published = event.payload();
            var profileUrl = links.profile(published.caseId());
            composer.compose(event, MessageType.PROFILE_PUBLISHED,
                    recipient(published.contact(), "the profile of case " + published.caseId()),
                    data -> data.with("organisation.name", published.organisationName())
                            .with("profile.url", profileUrl)
                            .with("advisor.name", published.advisorName()), null,
                    MailExtras.replyTo(published.advisorEmail()));
        });
    }

    /**
     * The coordinator assigned an advisor: "U bent adviseur van ..." to the advisor, with the link to the case's page
     * for them in the portal (made from the case id, as every link: not the path the event carries).
     */
    @Bean
    EventHandler<AdvisorAssigned> tellTheAssignedAdvisor(MailComposer composer, PortalLinks links) {
        return EventHandler.of(AdvisorAssigned.class, event -> {
            AdvisorAssigned assigned = event.payload();
            var caseUrl = links.advisorCase(assigned.caseId());
            composer.compose(event, MessageType.ADVISOR_ASSIGNED,
                    recipient(assigned.advisor(), "the advisor assignment of case " + assigned.caseId()),
                    data -> data.with("organisation.name", assigned.organisationName())
                            .with("case.url", caseUrl)
                            .with("advisor.organisation", assigned.advisorOrganisation()), null,
                    MailExtras.NONE);
        });
    }

    /** Non-essential: the composer skips a contact who unsubscribed and adds the unsubscribe link. */
    @Bean
    EventHandler<ActionOverdue> remindOfOverdueAction(MailComposer composer, PortalLinks links) {
        return EventHandler.of(ActionOverdue.class, event -> {
            ActionOverdue overdue = event.payload();
            var actionPlanUrl = links.actionPlan(overdue.caseId());
            LocalDate dueDate = dueDate(overdue);
            composer.compose(event, MessageType.ACTION_DUE_REMINDER,
                    recipient(overdue.recipient(), "the overdue action " + overdue.actionId()),
                    data -> data.with("action.title", overdue.actionTitle())
                            .withDate("action.dueDate", dueDate)
                            .with("actionPlan.url", actionPlanUrl)
                            .with("organisation.name", overdue.organisationName()), null,
                    MailExtras.replyTo(overdue.advisorEmail()));
        });
    }

    static Recipient recipient(AssessmentRecipient recipient, String what) {
        if (recipient == null || recipient.email() == null || recipient.email().isBlank()) {
            throw new RejectedEventException("Refused: " + what + " names a recipient without an e-mail address");
        }
        return new Recipient(recipient.email(), recipient.name(), recipient.locale());
    }

    private static LocalDate dueDate(ActionOverdue overdue) {
        try {
            return LocalDate.parse(overdue.dueDate());
        } catch (DateTimeException | NullPointerException unreadable) {
            throw new RejectedEventException("Refused: action " + overdue.actionId() + " has no readable due date ("
                    + overdue.dueDate() + ")", unreadable);
        }
    }
}
