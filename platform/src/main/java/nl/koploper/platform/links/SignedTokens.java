package nl.koploper.platform.links;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens for links that work without a login (RSVP, calendar feeds, unsubscribe): {@code base64url(payload)} a dot
 * and {@code base64url(HMAC-SHA256(purpose NUL payload))}. The purpose is signed with the payload, so a token made for
 * one kind of link never passes as another, even under the same key. The signature is compared in constant time
 * before the caller reads anything of the payload; what the payload means (and whether it expired) is the caller's.
 */
public final class SignedTokens {

    public static final int MINIMUM_KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final byte[] purpose;
    private final int maximumLength;

    /**
     * @param purpose       what the tokens are for, e.g. {@code rsvp}; part of every signature
     * @param maximumLength longer tokens are refused unread
     */
    public SignedTokens(byte[] key, String purpose, int maximumLength) {
        if (key == null || key.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("A link-signing key (" + purpose + ") must have at least "
                    + MINIMUM_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        this.purpose = (purpose + "\0").getBytes(StandardCharsets.UTF_8);
        this.maximumLength = maximumLength;
    }

    public String sign(String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
    }

    /** The payload of a token signed by this key for this purpose; empty when malformed, too long or not ours. */
    public Optional<String> payloadOf(String token) {
        if (token == null || token.length() > maximumLength) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(token.substring(0, dot));
            signature = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(mac(payload), signature)) {
            return Optional.empty();
        }
        return Optional.of(new String(payload, StandardCharsets.UTF_8));
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(purpose);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
