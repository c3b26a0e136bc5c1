package nl.koploper.notification.compose;

import java.net.URI;
import nl.koploper.notification.config.NotificationProperties;
import nl.koploper.platform.events.RejectedEventException;
import org.springframework.stereotype.Component;

/**
 * Links in mail to pages of the platform, which events name by their path only (a published profile, an action
 * plan): the configured public address ({@code koploper.notification.public-base-url}, the gateway) plus the path.
 */
@Component
public class PublicLinks {

    private final String baseUrl;

    public PublicLinks(NotificationProperties properties) {
        this.baseUrl = properties.publicBaseUrl();
    }

    /**
     * The link to {@code path}; an event whose path is missing or not a plain absolute path (a full URL, {@code //host},
     * spaces) is refused rather than mailed with a link somewhere else.
     */
    public URI to(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || !path.matches("[\\x21-\\x7E]+")) {
            throw new RejectedEventException("Refused: '" + path + "' is not a path on the platform");
        }
        try {
            return URI.create(baseUrl + path);
        } catch (IllegalArgumentException e) {
            throw new RejectedEventException("Refused: '" + path + "' is not a path on the platform", e);
        }
    }
}
