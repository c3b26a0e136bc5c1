package nl.koploper.notification.delivery;

import nl.koploper.notification.calendar.CalendarMethod;

/**
 * A mail exactly as it will go out, fixed when the event arrived: who it is from (the gemeente's sender name; the
 * address is the platform's), where replies go, the rendered subject and bodies and the calendar object, if any, and
 * which file it carries (named here, fetched at sending time).
 *
 * @param replyTo        where replies go: the person the event names for replies (an advisor), else the gemeente's
 *                       reply-to address, or null for none
 * @param calendarMethod REQUEST or CANCEL when the mail carries a calendar object, else null
 * @param calendar       the iCalendar text (CRLF lines, folded), or null
 * @param attachment     the file to attach, fetched when sending; null for none (also in mails stored before it)
 */
public record MailContent(String fromName, String replyTo, String recipientName, String subject, String html,
                          String text, CalendarMethod calendarMethod, String calendar, MailAttachment attachment) {

    public MailContent {
        if (subject == null || html == null || text == null) {
            throw new IllegalArgumentException("A mail needs its subject, HTML and text");
        }
        if ((calendarMethod == null) != (calendar == null)) {
            throw new IllegalArgumentException("A calendar object needs its method, and a method its object");
        }
    }

    public boolean hasCalendar() {
        return calendar != null;
    }
}
