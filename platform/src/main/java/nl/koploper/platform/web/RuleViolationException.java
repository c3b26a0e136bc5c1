package nl.koploper.platform.web;

/** A domain rule forbids the change in the resource's current state: a 409 that names the rule. */
public class RuleViolationException extends RuntimeException {

    private final String rule;
    private final transient ProblemText text;

    /**
     * @param rule a stable, machine-readable name, e.g. {@code cohort-minimum-participants}
     */
    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
        this.text = null;
    }

    /** With the message in both languages: said in the request's. */
    public RuleViolationException(String rule, ProblemText message) {
        super(message.english());
        this.rule = rule;
        this.text = message;
    }

    /** The message in both languages, or null when it has only its English one. */
    ProblemText text() {
        return text;
    }

    public String rule() {
        return rule;
    }
}
