package nl.koploper.footprint.organisations;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import nl.koploper.footprint.consumption.ConsumptionStore;
import nl.koploper.platform.events.ReceivedEvent;
import nl.koploper.platform.events.RejectedEventException;
import nl.koploper.platform.tenancy.TenantContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The gemeente's known organisations ({@link KnownOrganisation}), in its own database; every query also names the
 * gemeente, so a routing mistake finds nothing rather than another gemeente's organisation.
 */
@Component
class KnownOrganisations {

    private static final Pattern ORGANISATION_ID = Pattern.compile(ConsumptionStore.ORGANISATION_ID);
    /** Concurrent changes of one organisation are rare (two consumers of different topics); a few tries settle it. */
    private static final int MAX_ATTEMPTS = 5;

    private final MongoTemplate mongo;

    KnownOrganisations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<KnownOrganisation> find(String organisationId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(organisationId)
                .and("tenantId").is(TenantContext.require().value())), KnownOrganisation.class));
    }

    /**
     * Applies {@code change} of {@code event} to the organisation (created when this is the first event about it),
     * once: the event id is saved in the same versioned write, and a redelivery finds it there. A write that loses a
     * race (the version moved, or another consumer created the document first) starts again from what is stored.
     */
    void apply(ReceivedEvent<?> event, String organisationId, Consumer<KnownOrganisation> change) {
        if (organisationId == null || !ORGANISATION_ID.matcher(organisationId).matches()) {
            // an id footprint-service could never be asked about; retrying cannot make it one
            throw new RejectedEventException("'" + organisationId + "' is no organisation id footprint-service takes");
        }
        for (int attempt = 1; ; attempt++) {
            Optional<KnownOrganisation> stored = find(organisationId);
            KnownOrganisation organisation = stored.orElseGet(() ->
                    new KnownOrganisation(TenantContext.require().value(), organisationId));
            if (!organisation.firstDelivery(event.id())) {
                return;
            }
            change.accept(organisation);
            try {
                if (stored.isPresent()) {
                    mongo.save(organisation);
                } else {
                    mongo.insert(organisation);
                }
                return;
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e; // retried with back-off by the platform, then dead-lettered
                }
            }
        }
    }
}
