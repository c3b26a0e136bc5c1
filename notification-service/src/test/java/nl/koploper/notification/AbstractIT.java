package nl.koploper.notification;

import nl.koploper.test.ServiceIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every notification-service IT that sends events or reads mail starts from besides
 * {@link ServiceIntegrationTest}: the SMTP server up, a producer of the events the other services publish (closed
 * after each test) and the {@link NotificationApi}, made before each test's own set-up. A subclass still carries
 * {@code @KoploperIntegrationTest}, so all share one cached context.
 */
public abstract class AbstractIT extends ServiceIntegrationTest {

    protected TestEvents events;
    protected NotificationApi api;

    @BeforeEach
    void smtpAndAProducer() {
        TestSmtp.start();
        events = new TestEvents(bootstrapServers);
        api = new NotificationApi(http);
    }

    @AfterEach
    void closeTheProducer() {
        events.close();
    }
}
