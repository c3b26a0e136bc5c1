package nl.koploper.footprint;

import com.mongodb.client.MongoClient;
import nl.koploper.test.TestGemeenten;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every footprint-service IT starts from: the service over MockMvc, its broker and database, the gemeenten it
 * knows, and the {@link FootprintApi} over them, made before each test's own set-up. A subclass still carries
 * {@code @KoploperIntegrationTest}, so all share one cached context.
 */
public abstract class AbstractIT {

    @Autowired
    protected MockMvc http;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;
    @Autowired
    protected MongoClient mongo;
    @Autowired
    protected TestGemeenten gemeenten;

    protected FootprintApi api;

    @BeforeEach
    void theApi() {
        api = new FootprintApi(http, bootstrapServers, mongo);
    }
}
