package nl.koploper.notification.coordinator;

import java.util.Optional;
import java.util.function.Consumer;
import nl.koploper.contracts.tenant.GemeenteProfile;
import nl.koploper.notification.compose.MailComposer;
import nl.koploper.notification.compose.MailExtras;
import nl.koploper.notification.compose.Recipient;
import nl.koploper.notification.template.MessageData;
import nl.koploper.notification.template.MessageType;
import nl.koploper.platform.gemeente.GemeenteRegistry;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Mails the coordinator of the current gemeente: the contact person of its profile in the platform's gemeente
 * registry (what the platform team registered as the gemeente's contact), in the gemeente's default language. A
 * gemeente without a profile, or without a contact address, gets no notice (logged): there is nobody to address, and
 * the portal's list of what needs attention shows the same things.
 */
@Component
class CoordinatorNotices {

    private static final Logger log = LoggerFactory.getLogger(CoordinatorNotices.class);

    private final GemeenteRegistry registry;
    private final MailComposer composer;

    CoordinatorNotices(GemeenteRegistry registry, MailComposer composer) {
        this.registry = registry;
        this.composer = composer;
    }

    /**
     * @param sourceId what caused the notice (the event id, or the failed mail's): one notice per cause, however often
     *                 it is delivered
     * @return whether a new notice was stored
     */
    boolean send(String sourceId, MessageType type, Consumer<MessageData> values) {
        Optional<Recipient> coordinator = coordinatorOf(TenantContext.require());
        if (coordinator.isEmpty()) {
            return false;
        }
        return composer.compose(sourceId, type, coordinator.get(), values, null, MailExtras.NONE);
    }

    private Optional<Recipient> coordinatorOf(TenantId gemeente) {
        Optional<GemeenteProfile> profile = registry.profile(gemeente.value());
        String email = profile.map(GemeenteProfile::contactEmail).orElse(null);
        if (email == null || email.isBlank()) {
            log.warn("Gemeente {} has no contact address in its profile; its coordinator is not told", gemeente);
            return Optional.empty();
        }
        // No language of their own: the gemeente's default applies.
        return Optional.of(new Recipient(email, profile.get().contactName(), null));
    }
}
