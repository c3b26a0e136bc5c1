package nl.koploper.platform.web;

/** A domain rule forbids the change in the resource's current state: a 409 that names the rule. */
public class RuleViolationException extends RuntimeException {

    private final String rule;

    /**
     * @param rule a stable, machine-readable name, e.g. {@code cohort-minimum-participants}
     */
    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
