package nl.koploper.notification.calendar;

/**
 * A serialised calendar object ready to be the {@code text/calendar} part of a mail.
 *
 * @param content CRLF-terminated lines, folded at 75 octets
 */
public record CalendarMessage(CalendarMethod method, String uid, int sequence, String content) {

    public String contentType() {
        return method.contentType();
    }
}
