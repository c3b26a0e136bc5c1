package nl.koploper.gateway;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server for load and failure tests, in two modes:
 * <ul>
 * <li>{@link #healthy}: answers every request 200 after a short delay, as a healthy but not instant service does,
 * and holds the first {@code gatherBeforeAnswering} requests until that many are open at the same time, so a test
 * knows for certain how many calls the gateway let through at once (the hold ends early when the stub stops, or after
 * a bound, so a gateway that lets fewer through still gets its answers and the test reports what it saw);</li>
 * <li>{@link #broken}: reads the request and closes the connection without answering, as a crashing service does.</li>
 * </ul>
 * Its accept queue is deep enough for a few hundred connections arriving at once.
 */
final class LoadBackend {

    static final String BODY = "{\"answeredBy\":\"load-backend\"}";

    private static final int ACCEPT_BACKLOG = 1024;
    private static final long HOLD_BOUND_SECONDS = 5;

    private final LoopbackHttpServer server;
    private final boolean broken;
    private final long delayMillis;
    private final CountDownLatch gathered;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peakInFlight = new AtomicInteger();

    private LoadBackend(boolean broken, long delayMillis, int gatherBeforeAnswering) {
        this.broken = broken;
        this.delayMillis = delayMillis;
        this.gathered = new CountDownLatch(gatherBeforeAnswering);
        this.server = new LoopbackHttpServer("load-backend", ACCEPT_BACKLOG, this::handle);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    }

    static LoadBackend healthy(long delayMillis, int gatherBeforeAnswering) {
        return new LoadBackend(false, delayMillis, gatherBeforeAnswering);
    }

    static LoadBackend broken() {
        return new LoadBackend(true, 0, 0);
    }

    String uri() {
        return server.uri();
    }

    /** Requests that reached this server. */
    int received() {
        return received.get();
    }

    /** The most requests this server was handling at the same moment. */
    int peakInFlight() {
        return peakInFlight.get();
    }

    void stop() {
        stopped.countDown();
        server.stop();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int open = inFlight.incrementAndGet();
        peakInFlight.accumulateAndGet(open, Math::max);
        received.incrementAndGet();
        try (exchange; InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
            if (broken) {
                // Closing the exchange without response headers drops the connection: the gateway gets no answer.
                return;
            }
            gathered.countDown();
            gathered.await(HOLD_BOUND_SECONDS, TimeUnit.SECONDS);
            stopped.await(delayMillis, TimeUnit.MILLISECONDS);
            byte[] bytes = BODY.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
        }
    }
}
