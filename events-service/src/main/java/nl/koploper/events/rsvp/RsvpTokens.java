package nl.koploper.events.rsvp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.koploper.platform.tenancy.TenantId;

/**
 * Issues and verifies the tokens in personal RSVP links: {@code base64url(tenant|meetingId|invitationId|expiry)} a dot
 * and {@code base64url(HMAC-SHA256 of that text)}, unpadded so the token sits in a URL path unescaped. The signature is
 * checked (in constant time) before anything in the token is read, and the expiry only after that, so a forged token
 * is always {@link InvalidRsvpToken} and only a genuine, late one is {@link ExpiredRsvpToken}.
 *
 * <p>Stateless and thread-safe: a {@link Mac} is made per call, as it is not thread-safe and costs little to make.
 */
public class RsvpTokens {

    private static final String ALGORITHM = "HmacSHA256";
    /** A key shorter than the hash's output would be the weakest link of HMAC-SHA256. */
    static final int MINIMUM_KEY_BYTES = 32;
    // Generous for tenant slug + two UUIDs + epoch seconds; anything longer is not ours and is refused before hashing.
    private static final int MAXIMUM_TOKEN_LENGTH = 512;
    private static final Pattern SEPARATOR = Pattern.compile("\\|");

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    /** @param key the signing key (from configuration), at least {@value #MINIMUM_KEY_BYTES} bytes */
    public RsvpTokens(byte[] key) {
        if (key == null || key.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("The RSVP signing key must have at least " + MINIMUM_KEY_BYTES
                    + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    public String issue(RsvpClaims claims) {
        String text = claims.tenant().value() + "|" + claims.meetingId() + "|" + claims.invitationId() + "|"
                + claims.expiresAt().getEpochSecond();
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    /**
     * @param now the caller's clock
     * @throws InvalidRsvpToken when the token is malformed or its signature does not match
     * @throws ExpiredRsvpToken when the token is genuine but {@code now} is at or after its expiry
     */
    public RsvpClaims verify(String token, Instant now) {
        if (token == null || token.length() > MAXIMUM_TOKEN_LENGTH) {
            throw new InvalidRsvpToken();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw new InvalidRsvpToken();
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(token.substring(0, dot));
            signature = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidRsvpToken();
        }
        if (!MessageDigest.isEqual(sign(payload), signature)) {
            throw new InvalidRsvpToken();
        }
        RsvpClaims claims = parse(new String(payload, StandardCharsets.UTF_8));
        if (!now.isBefore(claims.expiresAt())) {
            throw new ExpiredRsvpToken(claims.expiresAt());
        }
        return claims;
    }

    // Reached only with a valid signature, so a failure here means a token we signed and can no longer read (a key
    // shared with another format): still not a token to act on.
    private static RsvpClaims parse(String text) {
        String[] parts = SEPARATOR.split(text, -1);
        if (parts.length != 4 || !TenantId.isValid(parts[0])) {
            throw new InvalidRsvpToken();
        }
        try {
            return new RsvpClaims(TenantId.of(parts[0]), parts[1], parts[2],
                    Instant.ofEpochSecond(Long.parseLong(parts[3])));
        } catch (IllegalArgumentException | DateTimeException unreadable) {
            throw new InvalidRsvpToken();
        }
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
}
