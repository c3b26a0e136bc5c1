package nl.koploper.events.symposium;

/**
 * The public symposium form: who the guest is and the language to write to them in ({@code nl} or {@code en},
 * default {@code nl}).
 */
record GuestRegistrationRequest(String name, String email, String locale) {
}
