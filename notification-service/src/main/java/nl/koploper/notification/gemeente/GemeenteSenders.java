package nl.koploper.notification.gemeente;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import nl.koploper.contracts.tenant.GemeenteProfile;
import nl.koploper.notification.config.NotificationProperties;
import nl.koploper.notification.template.Branding;
import nl.koploper.notification.template.Language;
import nl.koploper.platform.events.RejectedEventException;
import nl.koploper.platform.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The gemeenten as tenant events describe them, kept in the shared database, and the branding of their mail. A
 * gemeente whose profile has not arrived still gets its mail: named by its slug, from the configured default sender.
 */
@Component
public class GemeenteSenders {

    private static final Logger log = LoggerFactory.getLogger(GemeenteSenders.class);

    private final MongoTemplate shared;
    private final NotificationProperties properties;

    GemeenteSenders(@Qualifier("sharedMongoTemplate") MongoTemplate shared, NotificationProperties properties) {
        this.shared = shared;
        this.properties = properties;
    }

    /**
     * Keeps {@code profile} unless a profile of the same or a higher revision is already here: a conditional replace,
     * and when nothing matched an insert whose duplicate-key error means "a newer one is here". Idempotent, and
     * order-independent, with no read-modify-write race.
     *
     * @return whether this profile is now the one kept
     */
    public boolean apply(GemeenteProfile profile) {
        if (profile == null || !TenantId.isValid(profile.tenantId())) {
            throw new RejectedEventException("Refused: a tenant event without a valid gemeente slug");
        }
        GemeenteBranding branding = GemeenteBranding.of(profile);
        if (shared.replace(query(where("_id").is(profile.tenantId()).and("revision").lt(profile.revision())),
                branding).getMatchedCount() == 1) {
            return true;
        }
        try {
            shared.insert(branding);
            return true;
        } catch (DuplicateKeyException sameOrNewerKept) {
            return false;
        }
    }

    /** The sender of {@code tenant}'s mail: its registered profile, or the defaults until that arrives. */
    public GemeenteSender senderOf(TenantId tenant) {
        GemeenteBranding known = shared.findById(tenant.value(), GemeenteBranding.class);
        if (known == null) {
            return new GemeenteSender(new Branding(tenant.value(), null, properties.defaultSender(),
                    properties.fromAddress(), null), Language.NL, false);
        }
        String name = blankToNull(known.displayName()) == null ? tenant.value() : known.displayName();
        String senderName = blankToNull(known.senderName()) == null ? properties.defaultSender() : known.senderName();
        return new GemeenteSender(new Branding(name, httpsOrNull(known.logoUrl(), tenant), senderName,
                properties.fromAddress(), blankToNull(known.replyTo())), Language.of(known.defaultLocale()), true);
    }

    /** Every gemeente registered so far. */
    public List<TenantId> known() {
        return shared.findAll(GemeenteBranding.class).stream().map(g -> TenantId.of(g.tenantId())).toList();
    }

    private static URI httpsOrNull(String logoUrl, TenantId tenant) {
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
        log.warn("Gemeente {} has a logo URL that is not https; mail goes out without the logo", tenant);
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
