package nl.koploper.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.netty.buffer.ByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every way a call through the gateway ends, with Netty's leak detection at its strictest (every buffer tracked):
 * no buffer the gateway reads, a request body or a service's answer, may be dropped unreleased. A leak is direct
 * memory lost for good, a little per call, until the pod is killed for it; the ways a call fails are where such bugs
 * live (spring-cloud-gateway#810, reactor-netty#1758). Its own context: the events route has a short response
 * timeout, the notification route points at a port where nothing listens, the footprint route at a server that
 * drops every connection, the assessment route at a server with a large answer; public paths have a small rate
 * limit. The clients here and in the gateway's other tests are not built on Netty ({@link GatewayTestSupport#client()}),
 * so a report is not a test client's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "koploper.gateway.timeouts.response.events=" + BufferLeakIT.EVENTS_RESPONSE_TIMEOUT_MS,
        "koploper.gateway.rate-limit.tenant.requests-per-second=1000",
        "koploper.gateway.rate-limit.tenant.burst=1000",
        "koploper.gateway.rate-limit.public.requests-per-second=1",
        "koploper.gateway.rate-limit.public.burst=" + BufferLeakIT.PUBLIC_BURST,
        "koploper.gateway.rate-limit.trusted-proxy-hops=1",
        // The slow service's breaker stays closed, so that every call here reaches it and times out.
        "resilience4j.circuitbreaker.instances.events.minimum-number-of-calls=1000"
})
class BufferLeakIT extends GatewayTestSupport {

    static final int EVENTS_RESPONSE_TIMEOUT_MS = 300;
    static final int PUBLIC_BURST = 2;
    private static final int CALLS = 20;
    private static final String JSON_BODY = "{\"naam\":\"Bakkerij de Vries\",\"notitie\":\"" + "x".repeat(2048) + "\"}";

    private static final LoadBackend DROPPING = LoadBackend.broken();
    private static final LargeAnswer LARGE = new LargeAnswer();
    private static final NettyLeakReports LEAKS = new NettyLeakReports();

    private static ResourceLeakDetector.Level levelBefore;
    private static boolean earlierGarbageSettled;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registerInfrastructure(registry, Map.of(
                "notification", "http://127.0.0.1:" + DownstreamStub.closedPort(),
                "footprint", DROPPING.uri(),
                "assessment", LARGE.uri()));
    }

    @BeforeAll
    static void trackEveryBuffer() {
        levelBefore = ResourceLeakDetector.getLevel();
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
    }

    @AfterAll
    static void restore() {
        ResourceLeakDetector.setLevel(levelBefore);
        DROPPING.stop();
        LARGE.stop();
    }

    @BeforeEach
    void listen() throws InterruptedException {
        LEAKS.listen();
        if (!earlierGarbageSettled) {
            // What other test classes in this JVM left behind is reported now, and is not this class's business.
            LEAKS.settle();
            LEAKS.clear();
            earlierGarbageSettled = true;
        }
    }

    /** A buffer the collector finds only later fails the next test instead: still a failure of this class. */
    @AfterEach
    void noBufferWasLost() throws InterruptedException {
        LEAKS.settle();
        List<String> reports = LEAKS.reports();
        LEAKS.clear();
        assertThat(reports).as("Netty's leak reports").isEmpty();
    }

    @Test
    void aBufferDroppedUnreleasedIsReported() throws InterruptedException {
        ByteBufAllocator.DEFAULT.directBuffer(64).writeInt(1);

        LEAKS.settle();

        assertThat(LEAKS.reports()).singleElement().asString().contains("LEAK: ByteBuf.release() was not called");
        LEAKS.clear();
    }

    @Test
    void callsTheServiceAnswers() {
        assertThat(statuses(CALLS, () -> get("/api/cohorts"))).containsOnly(200);
        assertThat(statuses(CALLS, () -> post("/api/cohorts", bearer()))).containsOnly(200);
    }

    @Test
    void callsToAServiceSlowerThanTheResponseTimeout() throws InterruptedException {
        assertThat(statuses(CALLS / 2, () -> get("/api/meetings").header(DownstreamStub.DELAY_HEADER, "1000")))
                .containsOnly(504);
        assertThat(statuses(CALLS / 2, () -> post("/api/meetings", bearer()).header(DownstreamStub.DELAY_HEADER, "1000")))
                .containsOnly(504);
        // The service answers the abandoned calls after all; that answer must not be lost either.
        Thread.sleep(1500);
    }

    @Test
    void callsToAServiceThatIsDownAndThenBehindAnOpenBreaker() {
        assertThat(statuses(CALLS, () -> get("/api/notifications"))).containsOnly(503);
        assertThat(circuitBreakers.circuitBreaker("notification").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(statuses(CALLS, () -> post("/api/notifications", bearer()))).containsOnly(503);
    }

    @Test
    void callsToAServiceThatDropsTheConnection() {
        assertThat(statuses(CALLS, () -> get("/api/footprints"))).containsOnly(503);
        assertThat(statuses(CALLS, () -> post("/api/footprints", bearer()))).containsOnly(503);
    }

    @Test
    void requestsWithABodyRefusedBeforeTheyAreRouted() {
        assertThat(statuses(CALLS, () -> post("/api/cohorts", null))).containsOnly(401);
        assertThat(statuses(CALLS, () -> post("/api/cohorts", "Bearer not.a.token"))).containsOnly(401);
        String address = freshClientAddress();
        assertThat(statuses(CALLS, () -> post("/api/public/cohorts", null).header("X-Forwarded-For", address)))
                .contains(429);
    }

    @Test
    void clientsThatLeaveBeforeTheServiceAnswers() throws Exception {
        for (int i = 0; i < CALLS / 2; i++) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                socket.getOutputStream().write(rawRequest(unique("/api/cohorts"), DownstreamStub.DELAY_HEADER + ": 200"));
                socket.getOutputStream().flush();
            }
        }
        // Until the service has answered every abandoned call.
        Thread.sleep(1000);
    }

    @Test
    void clientsThatLeaveDuringALargeAnswer() throws Exception {
        for (int i = 0; i < CALLS / 2; i++) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                socket.getOutputStream().write(rawRequest(unique("/api/assessments")));
                socket.getOutputStream().flush();
                InputStream in = socket.getInputStream();
                assertThat(in.readNBytes(LargeAnswer.CHUNK.length)).hasSize(LargeAnswer.CHUNK.length);
            }
        }
        Thread.sleep(1000);
        assertThat(LARGE.answersCutShort()).as("answers the gateway stopped reading").isPositive();
    }

    private HttpRequest.Builder get(String prefix) {
        return HttpRequest.newBuilder(gateway(unique(prefix))).header("Authorization", bearer()).GET();
    }

    private HttpRequest.Builder post(String prefix, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway(unique(prefix)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON_BODY));
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private byte[] rawRequest(String path, String... extraHeaders) {
        StringBuilder request = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\nHost: localhost\r\n")
                .append("Authorization: ").append(bearer()).append("\r\n");
        for (String header : extraHeaders) {
            request.append(header).append("\r\n");
        }
        return request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private URI gateway(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String bearer() {
        return "Bearer " + TestTokens.token("gemeente-buffers", "coordinator");
    }

    /** Sends the calls at once and returns the statuses the gateway answered. */
    private List<Integer> statuses(int calls, Supplier<HttpRequest.Builder> request) {
        List<CompletableFuture<HttpResponse<String>>> sent = IntStream.range(0, calls)
                .mapToObj(i -> http.sendAsync(request.get().timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();
        return sent.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
    }

    /**
     * A service whose answer is large and comes in parts: 4 MiB in 64 KiB chunks, a few milliseconds apart, so a
     * client that leaves does so while the gateway is still passing the answer on.
     */
    static final class LargeAnswer {

        static final byte[] CHUNK = "0123456789abcdef".repeat(4096).getBytes(StandardCharsets.US_ASCII);
        private static final int CHUNKS = 64;

        private final AtomicInteger cutShort = new AtomicInteger();
        private final LoopbackHttpServer server = new LoopbackHttpServer("large-answer", 0, this::answer);

        String uri() {
            return server.uri();
        }

        int answersCutShort() {
            return cutShort.get();
        }

        void stop() {
            server.stop();
        }

        private void answer(HttpExchange exchange) throws IOException {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", "text/plain");
                exchange.sendResponseHeaders(200, (long) CHUNK.length * CHUNKS);
                OutputStream out = exchange.getResponseBody();
                for (int i = 0; i < CHUNKS; i++) {
                    out.write(CHUNK);
                    out.flush();
                    TimeUnit.MILLISECONDS.sleep(5);
                }
                out.close();
            } catch (IOException e) {
                cutShort.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
