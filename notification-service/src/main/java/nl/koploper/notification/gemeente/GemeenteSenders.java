package nl.koploper.notification.gemeente;

import java.net.URI;
import java.net.URISyntaxException;
import nl.koploper.contracts.tenant.GemeenteProfile;
import nl.koploper.notification.config.NotificationProperties;
import nl.koploper.notification.template.Branding;
import nl.koploper.notification.template.Language;
import nl.koploper.platform.gemeente.GemeenteRegistry;
import nl.koploper.platform.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The branding of a gemeente's mail, read from the platform's copy of the gemeente registry ({@link GemeenteRegistry},
 * kept from {@code tenant.events.v1} by the platform's own consumer, newest revision winning). A gemeente whose
 * profile has not arrived still gets its mail: named by its slug, from the configured default sender.
 */
@Component
public class GemeenteSenders {

    private static final Logger log = LoggerFactory.getLogger(GemeenteSenders.class);

    private final GemeenteRegistry registry;
    private final NotificationProperties properties;

    GemeenteSenders(GemeenteRegistry registry, NotificationProperties properties) {
        this.registry = registry;
        this.properties = properties;
    }

    /** The sender of {@code gemeente}'s mail: its registered profile, or the defaults until that arrives. */
    public GemeenteSender senderOf(TenantId gemeente) {
        return registry.profile(gemeente.value()).map(profile -> branded(gemeente, profile))
                .orElseGet(() -> new GemeenteSender(new Branding(gemeente.value(), null, properties.defaultSender(),
                        properties.fromAddress(), null), Language.NL));
    }

    private GemeenteSender branded(TenantId gemeente, GemeenteProfile profile) {
        String name = blankToNull(profile.displayName()) == null ? gemeente.value() : profile.displayName().strip();
        String senderName = blankToNull(profile.senderName()) == null ? properties.defaultSender()
                : profile.senderName().strip();
        return new GemeenteSender(new Branding(name, httpsOrNull(profile.logoUrl(), gemeente), senderName,
                properties.fromAddress(), blankToNull(profile.replyTo())), Language.of(profile.defaultLocale()));
    }

    private static URI httpsOrNull(String logoUrl, TenantId gemeente) {
        if (blankToNull(logoUrl) == null) {
            return null;
        }
        try {
            URI uri = new URI(logoUrl.strip());
            if ("https".equals(uri.getScheme())) {
                return uri;
            }
        } catch (URISyntaxException ignored) {
            // falls through: a broken logo must not stop the mail
        }
        log.warn("Gemeente {} has a logo URL that is not https; mail goes out without the logo", gemeente);
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
