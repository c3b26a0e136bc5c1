package nl.koploper.contracts.cohort;

/**
 * A participant's contact person, as mail is addressed to them.
 *
 * @param locale the language the contact is written to in, {@code nl} or {@code en}
 */
public record ContactDetails(String name, String email, String phone, String locale) {
}
