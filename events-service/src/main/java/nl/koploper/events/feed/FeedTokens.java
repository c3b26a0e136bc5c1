package nl.koploper.events.feed;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.koploper.platform.tenancy.TenantId;

/**
 * Issues and verifies the tokens in calendar feed URLs: {@code base64url(tenant|kind|subject|generation)} a dot and
 * {@code base64url(HMAC-SHA256)}, like the RSVP tokens but without expiry (a subscribed calendar keeps its URL for
 * years) and revocable through the generation. The signing key is derived from the RSVP key with a purpose label, so
 * one configured secret serves both and a token of one kind can never pass as the other.
 */
class FeedTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String PURPOSE = "koploper-calendar-feed-v1";
    private static final int MAXIMUM_TOKEN_LENGTH = 512;
    private static final Pattern SEPARATOR = Pattern.compile("\\|");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    /** @param rootKey the service's configured RSVP key (at least 32 bytes) */
    FeedTokens(byte[] rootKey) {
        if (rootKey == null || rootKey.length < 32) {
            throw new IllegalArgumentException("The feed signing key must derive from a key of at least 32 bytes");
        }
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(rootKey, ALGORITHM),
                PURPOSE.getBytes(StandardCharsets.UTF_8)), ALGORITHM);
    }

    String issue(FeedClaims claims) {
        String text = claims.tenant().value() + "|" + claims.kind().name() + "|" + claims.subjectId() + "|"
                + claims.generation();
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(hmac(key, payload));
    }

    /** @throws InvalidFeedToken when malformed or not signed by us */
    FeedClaims verify(String token) {
        if (token == null || token.length() > MAXIMUM_TOKEN_LENGTH) {
            throw new InvalidFeedToken();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw new InvalidFeedToken();
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(token.substring(0, dot));
            signature = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidFeedToken();
        }
        if (!MessageDigest.isEqual(hmac(key, payload), signature)) {
            throw new InvalidFeedToken();
        }
        String[] parts = SEPARATOR.split(new String(payload, StandardCharsets.UTF_8), -1);
        if (parts.length != 4 || !TenantId.isValid(parts[0])) {
            throw new InvalidFeedToken();
        }
        try {
            return new FeedClaims(TenantId.of(parts[0]), FeedKind.valueOf(parts[1]), parts[2],
                    Long.parseLong(parts[3]));
        } catch (IllegalArgumentException unreadable) {
            throw new InvalidFeedToken();
        }
    }

    private static byte[] hmac(SecretKeySpec key, byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
