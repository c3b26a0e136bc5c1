package nl.koploper.test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a service's IT starts from: the service over MockMvc, the address of its broker, the gemeenten it knows, and
 * what it published ({@link PublishedEvents}).
 * A subclass carries {@link KoploperIntegrationTest}, so all of a service's ITs share one cached context.
 */
public abstract class ServiceIntegrationTest {

    @Autowired
    protected MockMvc http;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;
    @Autowired
    protected TestGemeenten gemeenten;

    /** What the service published with key {@code key} on {@code topic}, to read back and check. */
    protected PublishedEvents published(String topic, String key) {
        return PublishedEvents.under(bootstrapServers, topic, key);
    }
}
