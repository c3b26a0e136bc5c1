package nl.koploper.events.rsvp;

import java.util.Base64;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the personal RSVP links. Where they lead is the portal's public address
 * ({@code koploper.public-base-url}, see {@link PublicBaseUrl}), not a setting of its own.
 *
 * @param key the HMAC signing key, base64, at least 32 bytes; production sets its own secret
 */
@ConfigurationProperties("koploper.events.rsvp")
public record RsvpProperties(String key) {

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
