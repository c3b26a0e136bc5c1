package nl.koploper.cohort.gemeente;

import java.time.Instant;
import nl.koploper.contracts.tenant.GemeenteChanged;
import nl.koploper.contracts.tenant.GemeenteDeactivated;
import nl.koploper.contracts.tenant.GemeenteProfile;
import nl.koploper.contracts.tenant.GemeenteReactivated;
import nl.koploper.contracts.tenant.GemeenteRegistered;
import nl.koploper.platform.events.AggregateRoot;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.platform.web.RuleViolationException;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A registered gemeente, kept in cohort-service's shared database with its slug as id. Every change raises the
 * revision by one and records an event with the whole profile, saved in the same write; the outbox relay publishes it
 * with the slug as key and as tenant header (the {@code tenantId} field, which the relay reads for aggregates of the
 * shared database).
 */
@Document("gemeenten")
public class Gemeente extends AggregateRoot {

    static final String RULE_ALREADY_REGISTERED = "gemeente-already-registered";
    static final String RULE_ALREADY_DEACTIVATED = "gemeente-already-deactivated";
    static final String RULE_ALREADY_ACTIVE = "gemeente-already-active";

    /** The slug, also the id: the relay takes the tenant header of this aggregate's events from it. */
    private String tenantId;
    private GemeenteDetails details;
    private boolean active;
    private long revision;
    private Instant registeredAt;
    private Instant changedAt;

    @PersistenceCreator
    private Gemeente() {
    }

    private Gemeente(String slug) {
        super(slug);
        this.tenantId = slug;
    }

    static Gemeente register(TenantId slug, GemeenteDetails details, Instant now) {
        Gemeente gemeente = new Gemeente(slug.value());
        gemeente.details = details;
        gemeente.active = true;
        gemeente.revision = 1;
        gemeente.registeredAt = now;
        gemeente.changedAt = now;
        gemeente.record(new GemeenteRegistered(gemeente.profile(), now), now);
        return gemeente;
    }

    void change(GemeenteDetails changed, Instant now) {
        details = changed;
        next(now);
        record(new GemeenteChanged(profile(), now), now);
    }

    void deactivate(Instant now) {
        if (!active) {
            throw new RuleViolationException(RULE_ALREADY_DEACTIVATED, "Gemeente '" + tenantId + "' is deactivated already");
        }
        active = false;
        next(now);
        record(new GemeenteDeactivated(profile(), now), now);
    }

    void reactivate(Instant now) {
        if (active) {
            throw new RuleViolationException(RULE_ALREADY_ACTIVE, "Gemeente '" + tenantId + "' is active already");
        }
        active = true;
        next(now);
        record(new GemeenteReactivated(profile(), now), now);
    }

    /** The profile as every service keeps it, with this revision. */
    public GemeenteProfile profile() {
        return new GemeenteProfile(tenantId, details.displayName(), details.contactName(), details.contactEmail(),
                details.senderName(), details.replyTo(), details.logoUrl(), details.defaultLocale(), active, revision);
    }

    public String slug() {
        return tenantId;
    }

    public GemeenteDetails details() {
        return details;
    }

    public boolean active() {
        return active;
    }

    public long revision() {
        return revision;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant changedAt() {
        return changedAt;
    }

    private void next(Instant now) {
        revision++;
        changedAt = now;
    }
}
