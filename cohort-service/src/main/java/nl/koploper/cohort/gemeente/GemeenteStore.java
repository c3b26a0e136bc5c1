package nl.koploper.cohort.gemeente;

import java.util.List;
import java.util.Optional;
import nl.koploper.platform.events.AggregateStore;
import nl.koploper.platform.web.NotFoundException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The gemeenten, in the service's shared database: they belong to no gemeente's own database (the registry decides
 * which gemeente databases may exist at all). Changes go through {@link AggregateStore#change} (optimistic retry,
 * {@code If-Match} → 412); only the load differs, as there is no current gemeente to filter on.
 */
@Component
class GemeenteStore extends AggregateStore<Gemeente> {

    GemeenteStore(@Qualifier("sharedMongoTemplate") MongoTemplate shared) {
        super(shared, Gemeente.class, "Gemeente");
    }

    @Override
    public Gemeente get(String slug) {
        Gemeente gemeente = mongo.findById(slug, Gemeente.class);
        if (gemeente == null) {
            throw new NotFoundException("Gemeente", slug);
        }
        return gemeente;
    }

    /** The gemeente registered as {@code slug}, if it is (a test or a switched-off registry may have none). */
    Optional<Gemeente> find(String slug) {
        return Optional.ofNullable(mongo.findById(slug, Gemeente.class));
    }

    /** Inserts a new gemeente; a {@code DuplicateKeyException} when the slug is taken. */
    Gemeente insert(Gemeente gemeente) {
        return mongo.insert(gemeente);
    }

    List<Gemeente> page(int page, int size) {
        return mongo.find(new Query().with(Sort.by("_id")).skip((long) page * size).limit(size), Gemeente.class);
    }

    long count() {
        return mongo.count(new Query(), Gemeente.class);
    }
}
