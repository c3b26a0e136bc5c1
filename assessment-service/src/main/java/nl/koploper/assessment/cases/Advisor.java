package nl.koploper.assessment.cases;

/**
 * The advisor who does the nulmeting, as the gemeente's advisor register named them when they were assigned.
 *
 * @param id           the advisor's entry in the register; in cases assigned before the register, the subject of the
 *                     advisor's access token
 * @param email        the address the advisor signs in with: how a request is recognised as theirs
 * @param organisation the organisation the advisor works for; null in cases assigned before the register
 * @param locale       the language of their mails, {@code nl} or {@code en}
 */
public record Advisor(String id, String name, String email, String organisation, String locale) {
}
