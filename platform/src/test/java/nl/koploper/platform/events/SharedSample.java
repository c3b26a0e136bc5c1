package nl.koploper.platform.events;

import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A test aggregate kept in the service's shared database (as cohort-service keeps its gemeenten): no tenant database
 * says whose it is, so the document's {@code tenantId} does.
 */
@Document("shared_samples")
class SharedSample extends AggregateRoot {

    private String tenantId;

    SharedSample(String id, String tenantId) {
        super(id);
        this.tenantId = tenantId;
    }

    void happen(String label) {
        record(new SampleHappened(id(), label));
    }
}
