package nl.koploper.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

/**
 * A service integration test against real infrastructure in the test JVM: an embedded KRaft Kafka broker, the
 * test database and the token issuer. Every test class of a service that uses only this annotation shares one
 * cached context (and so one broker), which keeps the suite fast on two cores. Its {@link TestGemeenten} registers
 * the gemeenten a test uses (every service refuses tokens of gemeenten it does not know).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 2, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ContextConfiguration(initializers = KoploperInfrastructureInitializer.class)
@Import(TestGemeenten.class)
public @interface KoploperIntegrationTest {
}
