package nl.koploper.notification.compose;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.koploper.notification.calendar.CalendarMessage;
import nl.koploper.notification.calendar.CalendarParty;
import nl.koploper.notification.delivery.DeduplicationKey;
import nl.koploper.notification.delivery.MailContent;
import nl.koploper.notification.delivery.MailGemeenten;
import nl.koploper.notification.delivery.PendingMail;
import nl.koploper.notification.delivery.PendingMails;
import nl.koploper.notification.gemeente.GemeenteSenders;
import nl.koploper.notification.gemeente.GemeenteSender;
import nl.koploper.notification.template.Language;
import nl.koploper.notification.template.MessageData;
import nl.koploper.notification.template.MessageTemplates;
import nl.koploper.notification.template.MessageType;
import nl.koploper.notification.template.RenderedMessage;
import nl.koploper.notification.unsubscribe.Unsubscriptions;
import nl.koploper.platform.events.ReceivedEvent;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns "this event means this mail for this person" into a stored pending mail of the current gemeente: branding,
 * language, the gemeente's template (or the bundled one), the calendar object, all rendered now and stored with the
 * mail. One mail per event, recipient and message type: a redelivered event finds its mail there and adds nothing.
 */
@Component
public class MailComposer {

    private static final Logger log = LoggerFactory.getLogger(MailComposer.class);

    private final GemeenteSenders gemeenten;
    private final MessageTemplates templates;
    private final Unsubscriptions unsubscriptions;
    private final PortalLinks links;
    private final PendingMails mails;
    private final MailGemeenten mailGemeenten;
    private final Clock clock;

    MailComposer(GemeenteSenders gemeenten, MessageTemplates templates, Unsubscriptions unsubscriptions,
                 PortalLinks links, PendingMails mails, MailGemeenten mailGemeenten, Clock clock) {
        this.gemeenten = gemeenten;
        this.templates = templates;
        this.unsubscriptions = unsubscriptions;
        this.links = links;
        this.mails = mails;
        this.mailGemeenten = mailGemeenten;
        this.clock = clock;
    }

    /**
     * @param values   fills the message's own placeholders (branding and recipient name are already in)
     * @param calendar the calendar object for this recipient, given the gemeente's sender as ORGANIZER; null for none
     * @return whether a new mail was stored (false: a redelivery, or a recipient who unsubscribed from this kind)
     */
    public boolean compose(ReceivedEvent<?> event, MessageType type, Recipient recipient, Consumer<MessageData> values,
                           Function<CalendarParty, CalendarMessage> calendar) {
        return compose(event, type, recipient, values, calendar, MailExtras.NONE);
    }

    /**
     * As {@link #compose(ReceivedEvent, MessageType, Recipient, Consumer, Function)}, with a Reply-To of its own (an
     * address that does not parse falls back to the gemeente's: a bad Reply-To must not cost the mail) and an
     * attachment.
     */
    public boolean compose(ReceivedEvent<?> event, MessageType type, Recipient recipient, Consumer<MessageData> values,
                           Function<CalendarParty, CalendarMessage> calendar, MailExtras extras) {
        return store(event.id(), event.id(), type, recipient, values, calendar, extras);
    }

    /**
     * As {@link #compose(ReceivedEvent, MessageType, Recipient, Consumer, Function)}, but at most one mail per
     * {@code occasion} (with the recipient and type) instead of one per event: for mail that separate events may
     * ask for again and again, where one is enough (e.g. one per registration and day).
     */
    public boolean composeOncePer(String occasion, ReceivedEvent<?> event, MessageType type, Recipient recipient,
                                  Consumer<MessageData> values) {
        return store(occasion, event.id(), type, recipient, values, null, MailExtras.NONE);
    }

    /**
     * As {@link #compose(ReceivedEvent, MessageType, Recipient, Consumer, Function, MailExtras)} for a mail that no
     * event causes (something this service itself noticed, such as a mail that failed for good): {@code sourceId}
     * stands in for the event id in the deduplication key, so it must be the same every time the same thing is
     * noticed.
     */
    public boolean compose(String sourceId, MessageType type, Recipient recipient, Consumer<MessageData> values,
                           Function<CalendarParty, CalendarMessage> calendar, MailExtras extras) {
        return store(sourceId, sourceId, type, recipient, values, calendar, extras);
    }

    /** @param sourceId the event (or what else caused the mail), for the log */
    private boolean store(String deduplicationId, String sourceId, MessageType type, Recipient recipient,
                          Consumer<MessageData> values, Function<CalendarParty, CalendarMessage> calendar,
                          MailExtras extras) {
        TenantId gemeente = TenantContext.require();
        if (!type.essential() && unsubscriptions.isUnsubscribed(recipient.email())) {
            log.info("Not sending {} of event {}: the recipient unsubscribed from non-essential mail", type, sourceId);
            return false;
        }
        GemeenteSender sender = gemeenten.senderOf(gemeente);
        Language language = recipient.locale() == null || recipient.locale().isBlank() ? sender.language()
                : Language.of(recipient.locale());
        MessageData data = MessageData.of(language, sender.branding(), recipient.displayName());
        values.accept(data);
        if (!type.essential()) {
            data.with("unsubscribeUrl", links.unsubscribe(unsubscriptions.tokenFor(recipient.email())));
        }
        RenderedMessage rendered = templates.render(type, data);
        CalendarMessage calendarMessage = calendar == null ? null : calendar.apply(
                new CalendarParty(sender.branding().senderName(), sender.branding().senderEmail()));
        MailContent content = new MailContent(sender.branding().senderName(),
                replyTo(extras.replyTo(), sender.branding().replyTo(), sourceId),
                recipient.displayName(), rendered.subject(), rendered.html(), rendered.text(),
                calendarMessage == null ? null : calendarMessage.method(),
                calendarMessage == null ? null : calendarMessage.content(), extras.attachment());
        PendingMail mail = PendingMail.create(UUID.randomUUID().toString(),
                DeduplicationKey.of(deduplicationId, recipient.email(), type), recipient.email(), type, content, clock);
        // Registered before the insert: a mail must never sit in a database the sender does not go over.
        mailGemeenten.register(gemeente);
        return mails.insertIfAbsent(mail);
    }

    private static String replyTo(String ownReplyTo, String gemeentes, String sourceId) {
        if (ownReplyTo == null || ownReplyTo.isBlank()) {
            return gemeentes;
        }
        try {
            InternetAddress address = new InternetAddress(ownReplyTo.strip(), true);
            address.validate();
            return address.getAddress();
        } catch (AddressException e) {
            log.warn("Event {} names a reply address that is not one; replies go to the gemeente's", sourceId);
            return gemeentes;
        }
    }
}
