package nl.koploper.notification.meeting;

import java.util.HashSet;
import java.util.Set;
import nl.koploper.contracts.meeting.MeetingCancelled;
import nl.koploper.contracts.meeting.MeetingInvitationAdded;
import nl.koploper.contracts.meeting.MeetingInvitationCancelled;
import nl.koploper.contracts.meeting.MeetingPlaceGranted;
import nl.koploper.contracts.meeting.MeetingRecipient;
import nl.koploper.contracts.meeting.MeetingReminderDue;
import nl.koploper.contracts.meeting.MeetingRescheduled;
import nl.koploper.contracts.meeting.MeetingScheduled;
import nl.koploper.platform.events.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Meeting events to mail, one per recipient. Idempotent through the unique deduplication key of every mail (event id,
 * recipient, message type): a redelivered event, or one redelivered after a crash half-way through its recipients,
 * adds only the mails that are missing.
 */
@Configuration(proxyBeanMethods = false)
class MeetingEventHandlers {

    /** Scheduled, or a proposed kick-off confirmed: every invitee gets the invitation (SEQUENCE 0). */
    @Bean
    EventHandler<MeetingScheduled> inviteOnScheduled(MeetingMails mails) {
        return EventHandler.of(MeetingScheduled.class, event -> {
            for (MeetingRecipient recipient : event.payload().recipients()) {
                mails.invite(event, event.payload().meeting(), recipient);
            }
        });
    }

    /** A late invitee: only they get the invitation, with the meeting's current SEQUENCE. */
    @Bean
    EventHandler<MeetingInvitationAdded> inviteOnInvitationAdded(MeetingMails mails) {
        return EventHandler.of(MeetingInvitationAdded.class,
                event -> mails.invite(event, event.payload().meeting(), event.payload().recipient()));
    }

    /** Moved in time or place: one update per invitee saying what changed, same UID, higher SEQUENCE. */
    @Bean
    EventHandler<MeetingRescheduled> updateOnRescheduled(MeetingMails mails) {
        return EventHandler.of(MeetingRescheduled.class, event -> {
            for (MeetingRecipient recipient : event.payload().recipients()) {
                mails.update(event, event.payload(), recipient);
            }
        });
    }

    @Bean
    EventHandler<MeetingCancelled> cancelOnCancelled(MeetingMails mails) {
        return EventHandler.of(MeetingCancelled.class, event -> {
            for (MeetingRecipient recipient : event.payload().recipients()) {
                mails.cancel(event, event.payload().meeting(), recipient, event.payload().reason());
            }
        });
    }

    /** One invitee uninvited while the meeting goes on: only they hear so, and their calendar entry goes. */
    @Bean
    EventHandler<MeetingInvitationCancelled> withdrawOnInvitationCancelled(MeetingMails mails) {
        return EventHandler.of(MeetingInvitationCancelled.class, event -> mails.withdrawInvitation(event,
                event.payload().meeting(), event.payload().recipient()));
    }

    /**
     * The day before: a reminder to everyone who may still come (events-service leaves out who declined), worded as a
     * request to answer for who has not ({@code unansweredInvitationIds}). A recipient who unsubscribed from reminders
     * gets none; a redelivered reminder adds nothing (the deduplication key).
     */
    @Bean
    EventHandler<MeetingReminderDue> remindOnReminderDue(MeetingMails mails) {
        return EventHandler.of(MeetingReminderDue.class, event -> {
            Set<String> unanswered = event.payload().unansweredInvitationIds() == null ? Set.of()
                    : new HashSet<>(event.payload().unansweredInvitationIds());
            for (MeetingRecipient recipient : event.payload().recipients()) {
                mails.remind(event, event.payload().meeting(), recipient,
                        recipient.invitationId() != null && unanswered.contains(recipient.invitationId()),
                        event.payload().dueAt());
            }
        });
    }

    /** A place at a full meeting came free: the invitee first on its waiting list has it, and hears so. */
    @Bean
    EventHandler<MeetingPlaceGranted> announcePlaceGranted(MeetingMails mails) {
        return EventHandler.of(MeetingPlaceGranted.class,
                event -> mails.placeGranted(event, event.payload().meeting(), event.payload().recipient()));
    }
}
