package nl.koploper.footprint;

import com.mongodb.client.MongoClient;
import nl.koploper.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What every footprint-service IT starts from besides {@link ServiceIntegrationTest}: its database, and the
 * {@link FootprintApi} over them, made before each test's own set-up. A subclass still carries
 * {@code @KoploperIntegrationTest}, so all share one cached context.
 */
public abstract class AbstractIT extends ServiceIntegrationTest {

    @Autowired
    protected MongoClient mongo;

    protected FootprintApi api;

    @BeforeEach
    void theApi() {
        api = new FootprintApi(http, bootstrapServers, mongo);
    }
}
