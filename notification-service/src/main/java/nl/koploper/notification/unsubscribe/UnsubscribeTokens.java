package nl.koploper.notification.unsubscribe;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.koploper.platform.tenancy.TenantId;

/**
 * Tokens of unsubscribe links: {@code base64url(tenant|recipientHash)} a dot and {@code base64url(HMAC-SHA256)}. The
 * token names the recipient by the hash of the address only, so a forwarded link leaks no address, and it does not
 * expire: an unsubscribe link in a mail from last year must still work. The signature is checked in constant time
 * before anything in the token is read.
 */
public class UnsubscribeTokens {

    private static final String ALGORITHM = "HmacSHA256";
    static final int MINIMUM_KEY_BYTES = 32;
    private static final int MAXIMUM_TOKEN_LENGTH = 300;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public UnsubscribeTokens(byte[] key) {
        if (key == null || key.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("The unsubscribe signing key must have at least " + MINIMUM_KEY_BYTES
                    + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    public String issue(TenantId tenant, String recipientHash) {
        byte[] payload = (tenant.value() + "|" + recipientHash).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    /** @throws InvalidUnsubscribeToken when the token is malformed or not signed by us */
    public UnsubscribeClaims verify(String token) {
        if (token == null || token.length() > MAXIMUM_TOKEN_LENGTH) {
            throw new InvalidUnsubscribeToken();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw new InvalidUnsubscribeToken();
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(token.substring(0, dot));
            signature = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidUnsubscribeToken();
        }
        if (!MessageDigest.isEqual(sign(payload), signature)) {
            throw new InvalidUnsubscribeToken();
        }
        String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
        if (parts.length != 2 || !TenantId.isValid(parts[0]) || !parts[1].matches("[0-9a-f]{64}")) {
            throw new InvalidUnsubscribeToken();
        }
        return new UnsubscribeClaims(TenantId.of(parts[0]), parts[1]);
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Who a verified token unsubscribes: a recipient (by address hash) of one gemeente's mail. */
    public record UnsubscribeClaims(TenantId tenant, String recipientHash) {
    }
}
