package nl.koploper.notification.template;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * A gemeente's look and sender, from the events cohort-service publishes on {@code tenant.events.v1}.
 *
 * @param logoUrl     an https image the HTML shows at the top; null for none
 * @param senderEmail the From address; also the ORGANIZER of calendar invitations
 * @param replyTo     where replies go, typically the coordinator's mailbox
 */
public record Branding(String name, URI logoUrl, String senderName, String senderEmail, String replyTo) {

    public Branding {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Branding needs the gemeente's name");
        }
        // A logo URL lands in an <img src>: only https, so no javascript: or data: can ride along with it.
        if (logoUrl != null && !"https".equals(logoUrl.getScheme())) {
            throw new IllegalArgumentException("A logo URL must be https; got '" + logoUrl + "'");
        }
        if (senderName == null || senderName.isBlank()) {
            senderName = name;
        }
    }

    Map<String, String> placeholders() {
        return Map.of(
                "tenant.name", name,
                "tenant.logoUrl", logoUrl == null ? "" : logoUrl.toString(),
                "tenant.senderName", senderName,
                "tenant.senderNamesGemeente", senderNamesGemeente() ? MessageData.YES : "",
                "tenant.replyTo", replyTo == null ? "" : replyTo);
    }

    /**
     * Whether the sender's name already says the gemeente's ("Koploperproject Gemeente Westerkwartier", or the name
     * itself when none was given): the signature then does not put the name under it a second time.
     */
    boolean senderNamesGemeente() {
        return senderName.toLowerCase(Locale.ROOT).contains(name.strip().toLowerCase(Locale.ROOT));
    }
}
