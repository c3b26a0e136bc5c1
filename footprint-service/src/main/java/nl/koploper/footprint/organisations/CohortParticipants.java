package nl.koploper.footprint.organisations;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Which organisations take part in a cohort now, as the known organisations say: what may count in another
 * gemeente's benchmark. Only a placed participant counts; one on the waiting list, one that left, and data stored for
 * an id cohort-service never registered do not.
 */
@Component
public class CohortParticipants {

    private final MongoTemplate mongo;

    CohortParticipants(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The ids among {@code organisationIds} that are placed participants of {@code gemeente}'s cohorts. */
    public Set<String> placedAmong(TenantId gemeente, Collection<String> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Set.of();
        }
        // the gemeente's own database: entered here, since the caller is usually another gemeente
        return TenantContext.callAs(gemeente, () -> {
            Query placed = Query.query(Criteria.where("_id").in(organisationIds).and("tenantId").is(gemeente.value())
                    .and("standing").is(KnownOrganisation.Standing.PLACED));
            placed.fields().include("_id");
            Set<String> ids = new HashSet<>();
            for (KnownOrganisation organisation : mongo.find(placed, KnownOrganisation.class)) {
                ids.add(organisation.id());
            }
            return ids;
        });
    }
}
