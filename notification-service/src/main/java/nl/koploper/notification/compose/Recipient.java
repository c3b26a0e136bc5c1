package nl.koploper.notification.compose;

/**
 * Whom one mail goes to, as events address people.
 *
 * @param locale the person's language tag ({@code nl}, {@code en}), or null for the gemeente's default
 */
public record Recipient(String email, String name, String locale) {

    public Recipient {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("A recipient needs an e-mail address");
        }
        email = email.strip();
    }

    /** The name to greet and to show in To: and ATTENDEE; the address when the event has no name. */
    public String displayName() {
        return name == null || name.isBlank() ? email : name.strip();
    }
}
