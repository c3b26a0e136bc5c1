package nl.koploper.platform.sample;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A versioned, tenant-scoped document created with an {@code Idempotency-Key} (unique per gemeente) and changed with
 * {@code If-Match}, as the services' resources are.
 */
@Document("pledges")
class Pledge {

    @Id
    String id;
    String tenantId;
    String text;
    long version;
    @Indexed(unique = true, sparse = true)
    String requestKey;
    String requestFingerprint;

    Pledge() {
    }

    Pledge(String tenantId, String text, String requestKey, String requestFingerprint) {
        this.tenantId = tenantId;
        this.text = text;
        this.requestKey = requestKey;
        this.requestFingerprint = requestFingerprint;
    }
}
