package nl.koploper.events.rsvp;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.regex.Pattern;
import nl.koploper.platform.links.SignedTokens;
import nl.koploper.platform.tenancy.TenantId;

/**
 * Issues and verifies the tokens in personal RSVP links: {@code gemeente|meetingId|invitationId|expiry}, signed
 * (platform {@link SignedTokens}, unpadded base64url so the token sits in a URL path unescaped). The signature is
 * checked before anything in the token is read, and the expiry only after that, so a forged token is always
 * {@link InvalidRsvpToken} and only a genuine, late one is {@link ExpiredRsvpToken}.
 */
public class RsvpTokens {

    /** A key shorter than the hash's output would be the weakest link of HMAC-SHA256. */
    static final int MINIMUM_KEY_BYTES = SignedTokens.MINIMUM_KEY_BYTES;
    // Generous for a gemeente slug, two UUIDs and epoch seconds; anything longer is not ours and is refused before
    // hashing.
    private static final int MAXIMUM_TOKEN_LENGTH = 512;
    private static final Pattern SEPARATOR = Pattern.compile("\\|");

    private final SignedTokens signed;

    /** @param key the signing key (from configuration), at least {@value #MINIMUM_KEY_BYTES} bytes */
    public RsvpTokens(byte[] key) {
        this.signed = new SignedTokens(key, "rsvp", MAXIMUM_TOKEN_LENGTH);
    }

    public String issue(RsvpClaims claims) {
        return signed.sign(claims.gemeente().value() + "|" + claims.meetingId() + "|" + claims.invitationId() + "|"
                + claims.expiresAt().getEpochSecond());
    }

    /**
     * @param now the caller's clock
     * @throws InvalidRsvpToken when the token is malformed or its signature does not match
     * @throws ExpiredRsvpToken when the token is genuine but {@code now} is at or after its expiry
     */
    public RsvpClaims verify(String token, Instant now) {
        RsvpClaims claims = parse(signed.payloadOf(token).orElseThrow(InvalidRsvpToken::new));
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
}
