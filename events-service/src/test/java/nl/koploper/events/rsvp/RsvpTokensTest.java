package nl.koploper.events.rsvp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import nl.koploper.platform.tenancy.TenantId;
import org.junit.jupiter.api.Test;

class RsvpTokensTest {

    private static final byte[] KEY = "a test key of at least thirty-two bytes!".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2027-01-11T09:00:00Z");
    private static final Instant MEETING_STARTS = Instant.parse("2027-03-04T18:00:00Z");
    private static final RsvpClaims CLAIMS = new RsvpClaims(TenantId.of("westerkwartier"),
            "7f1c2d9e-8a43-4c0f-9a51-3c8e2b6d4f10", "0b6f3a8c-5e21-4d7a-b9c4-1f2e3d4c5b6a", MEETING_STARTS);

    private final RsvpTokens tokens = new RsvpTokens(KEY);

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTokenVerifiesToTheClaimsItWasIssuedFor() {
        String token = tokens.issue(CLAIMS);

        assertThat(tokens.verify(token, NOW)).isEqualTo(CLAIMS);
    }

    @Test
    void theTokenIsUrlSafe() {
        String token = tokens.issue(CLAIMS);

        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void theGemeenteComesFromTheVerifiedToken() {
        RsvpClaims other = new RsvpClaims(TenantId.of("groningen"), CLAIMS.meetingId(), CLAIMS.invitationId(),
                MEETING_STARTS);

        assertThat(tokens.verify(tokens.issue(other), NOW).gemeente()).isEqualTo(TenantId.of("groningen"));
    }

    @Test
    void aTokenWithAnotherGemeenteSwappedInIsInvalid() {
        String token = tokens.issue(CLAIMS);
        String signature = token.substring(token.indexOf('.') + 1);
        String forged = encode("groningen|" + CLAIMS.meetingId() + "|" + CLAIMS.invitationId() + "|"
                + MEETING_STARTS.getEpochSecond()) + "." + signature;

        assertThatThrownBy(() -> tokens.verify(forged, NOW)).isInstanceOf(InvalidRsvpToken.class);
    }

    @Test
    void aTokenWithALaterExpirySwappedInIsInvalidNotExpired() {
        String token = tokens.issue(new RsvpClaims(CLAIMS.gemeente(), CLAIMS.meetingId(), CLAIMS.invitationId(),
                NOW.minusSeconds(60)));
        String signature = token.substring(token.indexOf('.') + 1);
        String forged = encode("westerkwartier|" + CLAIMS.meetingId() + "|" + CLAIMS.invitationId() + "|"
                + MEETING_STARTS.getEpochSecond()) + "." + signature;

        assertThatThrownBy(() -> tokens.verify(forged, NOW)).isInstanceOf(InvalidRsvpToken.class);
    }

    @Test
    void aTokenWithOneSignatureCharacterChangedIsInvalid() {
        String token = tokens.issue(CLAIMS);
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThatThrownBy(() -> tokens.verify(tampered, NOW)).isInstanceOf(InvalidRsvpToken.class);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsInvalid() {
        RsvpTokens otherKey = new RsvpTokens(
                "another key, also at least 32 bytes long".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> tokens.verify(otherKey.issue(CLAIMS), NOW)).isInstanceOf(InvalidRsvpToken.class);
    }

    @Test
    void malformedTokensAreInvalid() {
        String token = tokens.issue(CLAIMS);

        for (String malformed : new String[] {null, "", ".", "abc", token + ".x", "!!!." + token.split("\\.")[1],
                token.substring(0, token.indexOf('.')), "x".repeat(1000)}) {
            assertThatThrownBy(() -> tokens.verify(malformed, NOW)).as(String.valueOf(malformed))
                    .isInstanceOf(InvalidRsvpToken.class);
        }
    }

    @Test
    void aGenuineTokenIsExpiredFromItsExpiryOn() {
        String token = tokens.issue(CLAIMS);

        assertThat(tokens.verify(token, MEETING_STARTS.minusSeconds(1))).isEqualTo(CLAIMS);
        assertThatThrownBy(() -> tokens.verify(token, MEETING_STARTS))
                .isInstanceOfSatisfying(ExpiredRsvpToken.class,
                        e -> assertThat(e.expiredAt()).isEqualTo(MEETING_STARTS));
    }

    @Test
    void anExpiredTokenIsNotMistakenForAnInvalidOne() {
        String token = tokens.issue(CLAIMS);

        assertThatThrownBy(() -> tokens.verify(token, MEETING_STARTS.plusSeconds(3600)))
                .isInstanceOf(ExpiredRsvpToken.class)
                .isNotInstanceOf(InvalidRsvpToken.class);
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RsvpTokens(new byte[31]));
    }

    @Test
    void anIdContainingTheSeparatorIsRefusedAtIssue() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RsvpClaims(CLAIMS.gemeente(), "a|b",
                CLAIMS.invitationId(), MEETING_STARTS));
    }
}
