package nl.koploper.platform.tenancy;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Readiness of the database by a {@code ping} on {@code admin}. Boot's own indicator sends {@code hello}, which
 * the embedded wire-protocol server of the local stack does not know; {@code ping} works on both it and MongoDB.
 */
class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient client;

    MongoPingHealthIndicator(MongoClient client) {
        super("MongoDB ping failed");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = client.getDatabase("admin").runCommand(new Document("ping", 1));
        builder.status(answer.get("ok", Number.class).doubleValue() == 1.0 ? "UP" : "DOWN");
    }
}
