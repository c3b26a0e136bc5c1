package nl.koploper.notification.unsubscribe;

import java.time.Clock;
import java.time.Instant;
import nl.koploper.notification.delivery.DeduplicationKey;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * Who opted out of the current gemeente's non-essential mail (reminders), by address hash, and the signed tokens to
 * do so (the mailed link is the portal's page with the token, {@code PortalLinks.unsubscribe}; the page calls
 * {@link PublicUnsubscribeController}). Essential mail (invitations, confirmations) does not ask.
 */
@Component
public class Unsubscriptions {

    private final MongoTemplate gemeenteTemplate;
    private final UnsubscribeTokens tokens;
    private final Clock clock;

    Unsubscriptions(MongoTemplate gemeenteTemplate, UnsubscribeTokens tokens, Clock clock) {
        this.gemeenteTemplate = gemeenteTemplate;
        this.tokens = tokens;
        this.clock = clock;
    }

    public boolean isUnsubscribed(String email) {
        return gemeenteTemplate.findById(DeduplicationKey.recipientHash(email), Unsubscription.class) != null;
    }

    /** The signed unsubscribe token of {@code email} for the current gemeente's mail. */
    public String tokenFor(String email) {
        TenantId gemeente = TenantContext.require();
        return tokens.issue(gemeente, DeduplicationKey.recipientHash(email));
    }

    boolean isUnsubscribedHash(String recipientHash) {
        return gemeenteTemplate.findById(recipientHash, Unsubscription.class) != null;
    }

    /** Idempotent: unsubscribing twice keeps the first time. */
    void unsubscribe(String recipientHash) {
        if (!isUnsubscribedHash(recipientHash)) {
            gemeenteTemplate.save(new Unsubscription(recipientHash, clock.instant()));
        }
    }

    @Document("unsubscriptions")
    record Unsubscription(@Id String recipientHash, Instant at) {
    }
}
