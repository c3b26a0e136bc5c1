package nl.koploper.footprint.comparison;

import java.util.Optional;
import nl.koploper.platform.tenancy.TenantContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The organisations' baseline years, in the current gemeente's database. */
@Component
class BaselineStore {

    private final MongoTemplate mongo;

    BaselineStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<OrganisationBaseline> find(String organisationId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(organisationId)
                .and("tenantId").is(TenantContext.require().value())), OrganisationBaseline.class));
    }

    /** Stores a new baseline; a concurrent first one makes it fail with a duplicate key. */
    OrganisationBaseline insert(OrganisationBaseline baseline) {
        return mongo.insert(baseline);
    }

    /** Stores a changed baseline; a stale version makes it fail its optimistic lock. */
    OrganisationBaseline save(OrganisationBaseline baseline) {
        return mongo.save(baseline);
    }
}
