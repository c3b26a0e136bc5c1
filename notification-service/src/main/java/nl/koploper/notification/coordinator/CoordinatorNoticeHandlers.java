package nl.koploper.notification.coordinator;

import nl.koploper.contracts.cohort.AssignmentSubmitted;
import nl.koploper.contracts.cohort.CohortMinimumReached;
import nl.koploper.contracts.cohort.ParticipantWithdrew;
import nl.koploper.notification.compose.PortalLinks;
import nl.koploper.notification.delivery.MailFailedForGood;
import nl.koploper.notification.template.MessageType;
import nl.koploper.platform.events.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * What tells the coordinator that something waits for them. Each notice goes at once and once per cause (the event
 * id, or the failed mail's id, in the deduplication key): these are a handful per group per year and each asks for
 * an action soon, so a daily digest would only delay them.
 */
@Configuration(proxyBeanMethods = false)
class CoordinatorNoticeHandlers {

    private static final Logger log = LoggerFactory.getLogger(CoordinatorNoticeHandlers.class);

    /**
     * The group reached its minimum: events-service proposes the kick-off as a draft that invites nobody until the
     * coordinator gives it its place and confirms it. The link leads to the group's page, which lists the proposal
     * with the button to do so.
     */
    @Bean
    EventHandler<CohortMinimumReached> noticeKickOffProposal(CoordinatorNotices notices, PortalLinks links) {
        return EventHandler.of(CohortMinimumReached.class, event -> {
            CohortMinimumReached reached = event.payload();
            var url = links.coordinatorGroup(reached.cohortId());
            notices.send(event.id(), MessageType.COORDINATOR_KICK_OFF_PROPOSED,
                    data -> data.with("cohort.name", reached.cohortName())
                            .with("cohort.minimum", reached.minimumParticipants())
                            .with("notice.url", url));
        });
    }

    /** An organisation withdrew (from a place or the waiting list): who, from which group, and why. */
    @Bean
    EventHandler<ParticipantWithdrew> noticeWithdrawal(CoordinatorNotices notices, PortalLinks links) {
        return EventHandler.of(ParticipantWithdrew.class, event -> {
            ParticipantWithdrew withdrew = event.payload();
            var url = links.coordinatorWithdrawals(withdrew.cohortId());
            notices.send(event.id(), MessageType.COORDINATOR_WITHDRAWAL,
                    data -> data.with("cohort.name", withdrew.cohortName())
                            .with("organisation.name", withdrew.organisationName())
                            .with("participation.reason", withdrew.reason())
                            .withFlag("participation.waitlisted", withdrew.wasWaitlisted())
                            .with("notice.url", url));
        });
    }

    /**
     * An organisation handed in its communication assignment. Only the first hand-in is told: a revision before the
     * deadline replaces it, and the group's end-of-year page shows the newest.
     */
    @Bean
    EventHandler<AssignmentSubmitted> noticeHandIn(CoordinatorNotices notices, PortalLinks links) {
        return EventHandler.of(AssignmentSubmitted.class, event -> {
            AssignmentSubmitted submitted = event.payload();
            if (submitted.revision() > 1) {
                return;
            }
            var url = links.coordinatorHandIns(submitted.cohortId());
            notices.send(event.id(), MessageType.COORDINATOR_HAND_IN,
                    data -> data.with("cohort.name", submitted.cohortName())
                            .with("organisation.name", submitted.organisationName())
                            .with("assignment.title", submitted.title())
                            .with("notice.url", url));
        });
    }

    @Bean
    FailedMailNotice failedMailNotice(CoordinatorNotices notices, PortalLinks links) {
        return new FailedMailNotice(notices, links);
    }

    /**
     * A mail of the gemeente failed for good: to whom and which mail, so the coordinator can correct the address and
     * send it again from the delivery log. Once per mail: a retry that fails again is not told a second time (the
     * coordinator who retried it watches the log). The coordinator's own notices are left out, or an address that
     * does not work would keep telling itself.
     */
    static final class FailedMailNotice {

        private final CoordinatorNotices notices;
        private final PortalLinks links;

        FailedMailNotice(CoordinatorNotices notices, PortalLinks links) {
            this.notices = notices;
            this.links = links;
        }

        @EventListener
        void on(MailFailedForGood failed) {
            if (isCoordinatorNotice(failed.type())) {
                log.warn("A notice to the coordinator of {} failed for good; it is in the delivery log",
                        failed.gemeente());
                return;
            }
            notices.send("failed-mail:" + failed.mailId(), MessageType.COORDINATOR_MAIL_FAILED,
                    data -> data.with("failedMail.recipient", failed.recipient())
                            .with("failedMail.subject", failed.subject())
                            .with("failedMail.reason", failed.reason())
                            .with("notice.url", links.coordinatorFailedMails()));
        }
    }

    static boolean isCoordinatorNotice(MessageType type) {
        return type.name().startsWith("COORDINATOR_");
    }
}
