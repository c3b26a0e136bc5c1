package nl.koploper.notification.unsubscribe;

import nl.koploper.platform.links.SignedTokens;
import nl.koploper.platform.tenancy.TenantId;

/**
 * Tokens of unsubscribe links: {@code gemeente|recipientHash}, signed (platform {@link SignedTokens}). The token names
 * the recipient by the hash of the address only, so a forwarded link leaks no address, and it does not expire: an
 * unsubscribe link in a mail from last year must still work.
 */
public class UnsubscribeTokens {

    static final int MINIMUM_KEY_BYTES = SignedTokens.MINIMUM_KEY_BYTES;
    private static final int MAXIMUM_TOKEN_LENGTH = 300;

    private final SignedTokens signed;

    public UnsubscribeTokens(byte[] key) {
        this.signed = new SignedTokens(key, "unsubscribe", MAXIMUM_TOKEN_LENGTH);
    }

    public String issue(TenantId gemeente, String recipientHash) {
        return signed.sign(gemeente.value() + "|" + recipientHash);
    }

    /** @throws InvalidUnsubscribeToken when the token is malformed or not signed by us */
    public UnsubscribeClaims verify(String token) {
        String[] parts = signed.payloadOf(token).orElseThrow(InvalidUnsubscribeToken::new).split("\\|", -1);
        if (parts.length != 2 || !TenantId.isValid(parts[0]) || !parts[1].matches("[0-9a-f]{64}")) {
            throw new InvalidUnsubscribeToken();
        }
        return new UnsubscribeClaims(TenantId.of(parts[0]), parts[1]);
    }

    /** Who a verified token unsubscribes: a recipient (by address hash) of one gemeente's mail. */
    public record UnsubscribeClaims(TenantId gemeente, String recipientHash) {
    }
}
