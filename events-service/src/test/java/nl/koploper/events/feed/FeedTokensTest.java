package nl.koploper.events.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.events.rsvp.RsvpClaims;
import nl.koploper.events.rsvp.RsvpTokens;
import org.junit.jupiter.api.Test;

class FeedTokensTest {

    static final byte[] KEY = "a-test-key-of-at-least-thirty-two-bytes!".getBytes(StandardCharsets.UTF_8);
    static final FeedClaims CLAIMS = new FeedClaims(TenantId.of("westerkwartier"), FeedKind.COHORT, "cohort-1", 3);

    final FeedTokens tokens = new FeedTokens(KEY);

    @Test
    void aTokenVerifiesToWhatItWasIssuedFor() {
        assertThat(tokens.verify(tokens.issue(CLAIMS))).isEqualTo(CLAIMS);
    }

    @Test
    void aChangedPayloadOrSignatureIsInvalid() {
        String token = tokens.issue(CLAIMS);
        String otherPayload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("westerkwartier|COHORT|cohort-2|3".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> tokens.verify(otherPayload + token.substring(token.indexOf('.'))))
                .isInstanceOf(InvalidFeedToken.class);
        assertThatThrownBy(() -> tokens.verify(token + "A")).isInstanceOf(InvalidFeedToken.class);
        assertThatThrownBy(() -> tokens.verify(null)).isInstanceOf(InvalidFeedToken.class);
        assertThatThrownBy(() -> tokens.verify("x".repeat(600))).isInstanceOf(InvalidFeedToken.class);
    }

    @Test
    void anotherKeysTokenIsInvalid() {
        FeedTokens other = new FeedTokens("another-key-of-at-least-thirty-two-bytes".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> tokens.verify(other.issue(CLAIMS))).isInstanceOf(InvalidFeedToken.class);
    }

    @Test
    void anRsvpTokenSignedWithTheSameConfiguredKeyIsNoFeedToken() {
        String rsvp = new RsvpTokens(KEY).issue(new RsvpClaims(TenantId.of("westerkwartier"), "cohort-1",
                "invitation-1", java.time.Instant.parse("2099-01-01T00:00:00Z")));
        assertThatThrownBy(() -> tokens.verify(rsvp)).isInstanceOf(InvalidFeedToken.class);
    }

    @Test
    void aSubjectWithTheSeparatorCannotBeSigned() {
        assertThatThrownBy(() -> new FeedClaims(TenantId.of("westerkwartier"), FeedKind.COHORT, "a|b", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
