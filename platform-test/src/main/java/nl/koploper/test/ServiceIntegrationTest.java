package nl.koploper.test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a service's IT starts from: the service over MockMvc, the address of its broker and the gemeenten it knows.
 * A subclass carries {@link KoploperIntegrationTest}, so all of a service's ITs share one cached context.
 */
public abstract class ServiceIntegrationTest {

    @Autowired
    protected MockMvc http;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;
    @Autowired
    protected TestGemeenten gemeenten;
}
