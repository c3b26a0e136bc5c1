package nl.koploper.notification;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real SMTP server of the integration tests: one GreenMail per test JVM on a port chosen once, so that it can be
 * stopped (SMTP down) and started again on the same port while the one shared Spring context keeps pointing at it.
 */
public final class TestSmtp {

    private static final int PORT = freePort();
    private static volatile GreenMail server;

    private TestSmtp() {
    }

    public static int port() {
        return PORT;
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            start();
        }
        return server;
    }

    /** Starts a fresh server on the same port (a restarted SMTP server has an empty store, as a real one would). */
    public static synchronized void start() {
        if (server != null) {
            return;
        }
        GreenMail started = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        started.start();
        server = started;
    }

    /** SMTP down: connections to the port are refused until {@link #start()}. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every message GreenMail received for {@code address}. */
    public static List<MimeMessage> received(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> to(m, address)).toList();
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(r -> r.toString().toLowerCase().contains(address.toLowerCase()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Registered in META-INF/spring.factories, so the single shared context gets it without an annotation of its
     * own: SMTP at GreenMail, and retry back-off and circuit breaker fast enough for tests. The sender keeps the
     * production interval: a queued mail wakes it, so mail that arrives quickly got there by that wake-up.
     */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            server();
            TestPropertyValues.of(
                    "spring.mail.host=127.0.0.1",
                    "spring.mail.port=" + PORT,
                    "spring.mail.properties.mail.smtp.connectiontimeout=2000",
                    "spring.mail.properties.mail.smtp.timeout=5000",
                    "spring.mail.properties.mail.smtp.writetimeout=5000",
                    "koploper.notification.sending.interval=2s",
                    "koploper.notification.retry.max-attempts=5",
                    "koploper.notification.retry.initial-delay=300ms",
                    "koploper.notification.retry.multiplier=2",
                    "koploper.notification.retry.max-delay=2s",
                    "koploper.notification.retry.jitter=0.1",
                    "koploper.notification.circuit-breaker.minimum-number-of-calls=3",
                    "koploper.notification.circuit-breaker.sliding-window-size=5",
                    "koploper.notification.circuit-breaker.open-wait=500ms")
                    .applyTo(context);
        }
    }
}
