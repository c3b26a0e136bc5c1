package nl.koploper.events.rsvp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import nl.koploper.platform.tenancy.TenantId;
import org.junit.jupiter.api.Test;

class SignedRsvpLinksTest {

    private static final Instant START = Instant.parse("2099-06-12T08:00:00Z");

    @Test
    void theLinkIsThePortalsRsvpPageWithATokenThatVerifiesToTheInvitation() {
        RsvpTokens tokens = new RsvpTokens(new RsvpProperties(RsvpConfiguration.DEV_KEY).keyBytes());
        String link = new SignedRsvpLinks(tokens, " https://koploper.example.nl// ")
                .linkFor("westerkwartier", "m-1", "i-1", START);

        assertThat(link).startsWith("https://koploper.example.nl/rsvp/").doesNotContain("/api/");
        String token = link.substring("https://koploper.example.nl/rsvp/".length());
        RsvpClaims claims = tokens.verify(token, START.minusSeconds(1));
        assertThat(claims).isEqualTo(new RsvpClaims(TenantId.of("westerkwartier"), "m-1", "i-1", START));
    }

    @Test
    void theBaseUrlDefaultsToTheLocalPortal() {
        RsvpTokens tokens = new RsvpTokens(new RsvpProperties(RsvpConfiguration.DEV_KEY).keyBytes());
        assertThat(new SignedRsvpLinks(tokens, null).linkFor("westerkwartier", "m-1", "i-1", START))
                .startsWith("http://localhost:8070/rsvp/");
        assertThat(PublicBaseUrl.normalise("  ")).isEqualTo("http://localhost:8070");
    }

    @Test
    void aMissingShortOrNonBase64KeyStopsTheServiceFromStarting() {
        assertThatThrownBy(() -> new RsvpProperties(null).keyBytes()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new RsvpProperties("not base64!").keyBytes())
                .isInstanceOf(IllegalStateException.class);
        byte[] shortKey = new RsvpProperties(Base64.getEncoder().encodeToString(new byte[16])).keyBytes();
        assertThatThrownBy(() -> new RsvpTokens(shortKey)).isInstanceOf(IllegalArgumentException.class);
    }
}
