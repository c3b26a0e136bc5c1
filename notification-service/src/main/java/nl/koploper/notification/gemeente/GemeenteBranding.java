package nl.koploper.notification.gemeente;

import nl.koploper.contracts.tenant.GemeenteProfile;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's copy of one gemeente's registration, only the parts mail needs, in the shared database: the
 * profile with the highest revision seen wins, whatever order the tenant events arrive in.
 */
@Document(GemeenteBranding.COLLECTION)
record GemeenteBranding(@Id String tenantId, String displayName, String senderName, String replyTo, String logoUrl,
                        String defaultLocale, boolean active, long revision) {

    static final String COLLECTION = "gemeenten";

    static GemeenteBranding of(GemeenteProfile profile) {
        return new GemeenteBranding(profile.tenantId(), profile.displayName(), profile.senderName(), profile.replyTo(),
                profile.logoUrl(), profile.defaultLocale(), profile.active(), profile.revision());
    }
}
