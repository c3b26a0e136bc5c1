package nl.koploper.events.rsvp;

import java.util.Base64;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the personal RSVP links.
 *
 * @param key     the HMAC signing key, base64, at least 32 bytes; production sets its own secret
 * @param baseUrl the public address the links start with (the gateway), without a trailing slash
 */
@ConfigurationProperties("koploper.events.rsvp")
public record RsvpProperties(String key, String baseUrl) {

    public RsvpProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip();
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
    }

    public byte[] keyBytes() {
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("koploper.events.rsvp.key is not set: give a base64 key of at least "
                    + RsvpTokens.MINIMUM_KEY_BYTES + " bytes");
        }
        try {
            return Base64.getDecoder().decode(key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("koploper.events.rsvp.key is not base64", e);
        }
    }
}
