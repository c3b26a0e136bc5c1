package nl.koploper.notification.calendar;

/**
 * A person or sender in a calendar message: the organizer (the gemeente's sender) or an attendee.
 *
 * @param name  shown as the CN parameter
 * @param email becomes the {@code mailto:} calendar address
 */
public record CalendarParty(String name, String email) {

    public CalendarParty {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A calendar party needs a name");
        }
        // An address with CR, LF, spaces or a second @ would break the mailto: URI or the message headers.
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("A calendar party needs a valid e-mail address; got '" + email + "'");
        }
    }
}
