package nl.koploper.footprint.overrides;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import nl.koploper.footprint.calculation.FactorOverride;
import nl.koploper.footprint.factors.EmissionFactorSet;
import nl.koploper.platform.security.CurrentUser;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.PreconditionFailedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The organisations' factor overrides in the current gemeente; what the calculation applies. */
@Component
public class FactorOverrideStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    FactorOverrideStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * The organisation's overrides of keys that {@code set} has. An override of a key the set lacks (a set from
     * before the key existed, or after it was retired) cannot apply to it, and the calculator would refuse it.
     */
    public List<FactorOverride> applicableTo(String organisationId, EmissionFactorSet set) {
        return find(organisationId).map(OrganisationFactorOverrides::overrides).orElse(List.of()).stream()
                .filter(override -> set.contains(override.factorKey())).toList();
    }

    Optional<OrganisationFactorOverrides> find(String organisationId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(organisationId)
                .and("tenantId").is(TenantContext.require().value())), OrganisationFactorOverrides.class));
    }

    /** Replaces the list; {@code If-Match} as for consumption data (412 when stale or when there is nothing yet). */
    Saved put(String organisationId, List<FactorOverride> overrides, Long expectedVersion) {
        OrganisationFactorOverrides document = find(organisationId).orElse(null);
        boolean created = document == null;
        if (created) {
            if (expectedVersion != null) {
                throw new PreconditionFailedException("Organisation " + organisationId
                        + " has no overrides yet, so If-Match cannot match; leave it out");
            }
            document = new OrganisationFactorOverrides(TenantContext.require().value(), organisationId);
        } else if (expectedVersion != null && !expectedVersion.equals(document.version())) {
            throw stale(organisationId);
        }
        document.replace(overrides, clock.instant().truncatedTo(ChronoUnit.MILLIS), CurrentUser.require().subject());
        try {
            return new Saved(created ? mongo.insert(document) : mongo.save(document), created);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw stale(organisationId);
        }
    }

    record Saved(OrganisationFactorOverrides document, boolean created) {
    }

    private static PreconditionFailedException stale(String organisationId) {
        return new PreconditionFailedException("The overrides of organisation " + organisationId
                + " changed meanwhile; reload them and apply your change again");
    }
}
