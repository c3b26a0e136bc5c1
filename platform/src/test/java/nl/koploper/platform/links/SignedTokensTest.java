package nl.koploper.platform.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignedTokensTest {

    private static final byte[] KEY = "a-test-key-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8);
    private final SignedTokens rsvp = new SignedTokens(KEY, "rsvp", 300);

    @Test
    void aSignedPayloadComesBackUnchanged() {
        assertThat(rsvp.payloadOf(rsvp.sign("westerkwartier|m-1|i-1|1767225600"))).contains("westerkwartier|m-1|i-1|1767225600");
    }

    @Test
    void aChangedPayloadOrSignatureIsRefused() {
        String token = rsvp.sign("westerkwartier|m-1");
        String otherPayload = rsvp.sign("oldambt|m-1").split("\\.")[0];
        assertThat(rsvp.payloadOf(otherPayload + token.substring(token.indexOf('.')))).isEmpty();
        char last = token.charAt(token.length() - 1);
        assertThat(rsvp.payloadOf(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'))).isEmpty();
    }

    @Test
    void anotherKeyOrPurposeDoesNotVerify() {
        String token = rsvp.sign("westerkwartier|m-1");
        byte[] otherKey = "another-key-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8);
        assertThat(new SignedTokens(otherKey, "rsvp", 300).payloadOf(token)).isEmpty();
        assertThat(new SignedTokens(KEY, "feed", 300).payloadOf(token)).isEmpty();
    }

    @Test
    void malformedAndOverlongTokensAreRefusedUnread() {
        assertThat(rsvp.payloadOf(null)).isEmpty();
        assertThat(rsvp.payloadOf("")).isEmpty();
        assertThat(rsvp.payloadOf("no-dot")).isEmpty();
        assertThat(rsvp.payloadOf("a.b.c")).isEmpty();
        assertThat(rsvp.payloadOf("!!!.???")).isEmpty();
        assertThat(rsvp.payloadOf(rsvp.sign("x".repeat(400)))).isEmpty();
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new SignedTokens(new byte[16], "rsvp", 300)).isInstanceOf(IllegalArgumentException.class);
    }
}
