package nl.koploper.events.feed;

import java.util.regex.Pattern;
import nl.koploper.platform.links.SignedTokens;
import nl.koploper.platform.tenancy.TenantId;

/**
 * Issues and verifies the tokens in calendar feed URLs: {@code gemeente|kind|subject|generation}, signed (platform
 * {@link SignedTokens}) like the RSVP tokens but without expiry (a subscribed calendar keeps its URL for years) and
 * revocable through the generation. They are signed with the RSVP key under another purpose, so one configured secret
 * serves both and a token of one kind never passes as the other.
 */
class FeedTokens {

    private static final int MAXIMUM_TOKEN_LENGTH = 512;
    private static final Pattern SEPARATOR = Pattern.compile("\\|");

    private final SignedTokens signed;

    /** @param rootKey the service's configured RSVP key (at least 32 bytes) */
    FeedTokens(byte[] rootKey) {
        this.signed = new SignedTokens(rootKey, "calendar-feed", MAXIMUM_TOKEN_LENGTH);
    }

    String issue(FeedClaims claims) {
        return signed.sign(claims.gemeente().value() + "|" + claims.kind().name() + "|" + claims.subjectId() + "|"
                + claims.generation());
    }

    /** @throws InvalidFeedToken when malformed or not signed by us */
    FeedClaims verify(String token) {
        String[] parts = SEPARATOR.split(signed.payloadOf(token).orElseThrow(InvalidFeedToken::new), -1);
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
}
