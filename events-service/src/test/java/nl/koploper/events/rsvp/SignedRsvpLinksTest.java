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
    void theLinkIsTheBaseUrlThePublicPathAndATokenThatVerifiesToTheInvitation() {
        RsvpProperties properties = new RsvpProperties(RsvpConfiguration.DEV_KEY, "https://koploper.example.nl/");
        RsvpTokens tokens = new RsvpTokens(properties.keyBytes());
        String link = new SignedRsvpLinks(tokens, properties.baseUrl())
                .linkFor("westerkwartier", "m-1", "i-1", START);

        assertThat(link).startsWith("https://koploper.example.nl/api/public/meetings/rsvp/");
        RsvpClaims claims = tokens.verify(link.substring(link.lastIndexOf('/') + 1), START.minusSeconds(1));
        assertThat(claims).isEqualTo(new RsvpClaims(TenantId.of("westerkwartier"), "m-1", "i-1", START));
    }

    @Test
    void theBaseUrlDefaultsToLocalhost() {
        assertThat(new RsvpProperties(RsvpConfiguration.DEV_KEY, null).baseUrl()).isEqualTo("http://localhost:8080");
    }

    @Test
    void aMissingShortOrNonBase64KeyStopsTheServiceFromStarting() {
        assertThatThrownBy(() -> new RsvpProperties(null, null).keyBytes()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new RsvpProperties("not base64!", null).keyBytes())
                .isInstanceOf(IllegalStateException.class);
        byte[] shortKey = new RsvpProperties(Base64.getEncoder().encodeToString(new byte[16]), null).keyBytes();
        assertThatThrownBy(() -> new RsvpTokens(shortKey)).isInstanceOf(IllegalArgumentException.class);
    }
}
