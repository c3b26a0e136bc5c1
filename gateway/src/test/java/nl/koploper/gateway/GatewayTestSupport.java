package nl.koploper.gateway;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.koploper.test.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every gateway integration test uses: one real HTTP server per downstream service ({@link DownstreamStub}),
 * started once per JVM, the real token issuer ({@link TestTokens}), a client for the running gateway, and fresh
 * tenants / client addresses / paths so tests never share a rate-limit bucket or a downstream record.
 */
abstract class GatewayTestSupport {

    /** The downstream services by name. */
    static final Map<String, DownstreamStub> SERVICES = new LinkedHashMap<>();

    static {
        for (String service : new String[] {"cohort", "assessment", "footprint", "events", "notification"}) {
            SERVICES.put(service, DownstreamStub.start(service));
        }
    }

    private static final AtomicInteger TENANTS = new AtomicInteger();
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @LocalServerPort
    int port;

    /** Points the gateway at the token issuer and at the stubs, except the services named in {@code overrides}. */
    static void registerInfrastructure(DynamicPropertyRegistry registry, Map<String, String> overrides) {
        SERVICES.forEach((service, stub) -> registry.add("koploper.services." + service + "-uri",
                () -> overrides.getOrDefault(service, stub.uri())));
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens::issuerUri);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokens::jwksUri);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> TestTokens.AUDIENCE);
    }

    /**
     * A client on the JDK's HTTP client rather than Reactor Netty's: a test that checks only the status leaves the
     * body unread, and WebTestClient then drops Reactor Netty's buffers unreleased (spring-framework#31335, #36050).
     * Those leaks would be in this JVM beside the gateway's and hide them from {@link BufferLeakIT}.
     */
    WebTestClient client() {
        return WebTestClient.bindToServer(new JdkClientHttpConnector(
                        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()))
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    static DownstreamStub service(String name) {
        return SERVICES.get(name);
    }

    /** A gemeente no other test uses, so its rate-limit bucket is its own. */
    static String freshTenant() {
        return "gemeente-" + TENANTS.incrementAndGet();
    }

    /** A client address (sent as X-Forwarded-For) no other test uses, for unauthenticated requests. */
    static String freshClientAddress() {
        int n = CLIENTS.incrementAndGet();
        return "203.0." + (113 + n / 250) + "." + (1 + n % 250);
    }

    /** A path no other test requests, so what a downstream received can be attributed to this test alone. */
    static String unique(String prefix) {
        return prefix + "/" + UUID.randomUUID();
    }
}
