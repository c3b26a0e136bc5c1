package nl.koploper.notification.calendar;

/** The iTIP method of a calendar message; it must match the {@code method} parameter of the MIME part (RFC 6047 §2.4). */
public enum CalendarMethod {
    /** A new invitation, or an update of one (same UID, higher SEQUENCE). */
    REQUEST,
    /** The meeting is off, or this attendee is no longer invited. */
    CANCEL;

    /** The Content-Type of the {@code text/calendar} MIME part that carries a message with this method. */
    public String contentType() {
        return "text/calendar; charset=UTF-8; method=" + name();
    }
}
