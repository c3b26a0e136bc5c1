package nl.koploper.events;

import nl.koploper.test.TestGemeenten;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every events-service IT starts from: the service over MockMvc, the address of its broker and the gemeenten
 * it knows. A subclass still carries {@code @KoploperIntegrationTest}, so all share one cached context.
 */
public abstract class AbstractIT {

    @Autowired
    protected MockMvc http;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;
    @Autowired
    protected TestGemeenten gemeenten;
}
