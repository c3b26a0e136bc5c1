package nl.koploper.footprint.result;

import java.util.Optional;
import nl.koploper.platform.tenancy.TenantContext;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads stored footprints of the current gemeente for other features; callers check who may read first. */
@Component
public class StoredFootprints {

    private final MongoTemplate mongo;

    StoredFootprints(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The newest version of the organisation-year, if it was ever calculated. */
    public Optional<StoredFootprint> latest(String organisationId, int year) {
        Query newest = Query.query(Criteria.where("organisationId").is(organisationId).and("year").is(year)
                        .and("tenantId").is(TenantContext.require().value()))
                .with(Sort.by(Sort.Direction.DESC, "number")).limit(1);
        return Optional.ofNullable(mongo.findOne(newest, FootprintResult.class)).map(StoredFootprint::of);
    }
}
