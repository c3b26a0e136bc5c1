package nl.koploper.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A creating request's {@code Idempotency-Key} header, as a controller parameter ({@code IdempotencyKey key}), and
 * what a service needs to honour it: the fingerprint of the request, the check that a repeat is the same request and
 * the rule it breaks otherwise. The header is checked when the controller asks for {@link #value()}, so the body's
 * field errors and a role check ({@code @PreAuthorize}) still answer before a malformed key does.
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    /** On the answer to a repeat: it created nothing, it is the first request's answer. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** 1 to 200 visible ASCII characters (as a regular expression, also for {@code @Pattern}). */
    public static final String FORMAT = "[\\x21-\\x7E]{1,200}";
    /** The 409's rule when a key comes back with another request than the one it created something for. */
    public static final String RULE_REUSED = "idempotency-key-reused";

    private static final Pattern FORMAT_PATTERN = Pattern.compile(FORMAT);

    private final String header;

    /** @param header the header as sent (several values joined by commas), or null when there is none */
    public IdempotencyKey(String header) {
        this.header = header;
    }

    /**
     * @return the client's key, or null when it sent none
     * @throws InvalidInputException (400, field {@code Idempotency-Key}) when it is not 1 to 200 visible ASCII
     *         characters
     */
    public String value() {
        if (header != null && !FORMAT_PATTERN.matcher(header).matches()) {
            throw new InvalidInputException(HEADER, "must be 1 to 200 visible ASCII characters");
        }
        return header;
    }

    /**
     * What a repeat has to match, stored with what the request created: the SHA-256 (hex) of the request's text. A
     * record's text is its content, so the same body sent again gives the same fingerprint.
     */
    public static String fingerprint(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /**
     * @param earlierFingerprint the fingerprint stored by the earlier request with this key
     * @param refusal            what the client is told when it is another request, e.g. "This Idempotency-Key was
     *                           already used to create a different cohort; send a new key for a new cohort"
     * @throws RuleViolationException (409, rule {@code idempotency-key-reused}) when the fingerprints differ
     */
    public static void requireSameRequest(String earlierFingerprint, String fingerprint, String refusal) {
        if (!Objects.equals(earlierFingerprint, fingerprint)) {
            throw new RuleViolationException(RULE_REUSED, refusal);
        }
    }
}
