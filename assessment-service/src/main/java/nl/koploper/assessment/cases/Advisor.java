package nl.koploper.assessment.cases;

/**
 * The advisor who does the nulmeting.
 *
 * @param id     the subject of the advisor's access token: how a request is recognised as theirs
 * @param locale the language of their visit invitation, {@code nl} or {@code en}
 */
public record Advisor(String id, String name, String email, String locale) {
}
