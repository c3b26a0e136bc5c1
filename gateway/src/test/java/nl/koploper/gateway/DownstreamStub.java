package nl.koploper.gateway;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server standing in for one downstream service: it records every request it receives and answers with
 * a JSON echo of it (service name, method, path, headers). {@code /v3/api-docs} answers a minimal OpenAPI document.
 * A request header {@code X-Stub-Delay-Ms} makes it answer late, as a slow service would; {@code X-Stub-Cache-Control}
 * makes it answer with that {@code Cache-Control}, as a service with its own caching rules would.
 */
final class DownstreamStub {

    static final String DELAY_HEADER = "X-Stub-Delay-Ms";
    static final String CACHE_CONTROL_HEADER = "X-Stub-Cache-Control";

    /** One request as the service saw it; header names are lower-case. */
    record Received(String method, String path, Map<String, List<String>> headers) {

        boolean hasHeaderContaining(String fragment) {
            return headers.keySet().stream().anyMatch(name -> name.contains(fragment.toLowerCase(Locale.ROOT)));
        }

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String service;
    private final LoopbackHttpServer server;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private DownstreamStub(String service) {
        this.service = service;
        this.server = new LoopbackHttpServer("stub-" + service, 0, this::handle);
    }

    static DownstreamStub start(String service) {
        DownstreamStub stub = new DownstreamStub(service);
        Runtime.getRuntime().addShutdownHook(new Thread(stub::stop));
        return stub;
    }

    String uri() {
        return server.uri();
    }

    String service() {
        return service;
    }

    /** Everything this service received on {@code path} (exact path, no query). */
    List<Received> receivedOn(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    void stop() {
        stopped.countDown();
        server.stop();
    }

    /** A local port on which nothing listens: a service that is down. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(values)));
            String path = exchange.getRequestURI().getPath();
            Received request = new Received(exchange.getRequestMethod(), path, headers);
            received.add(request);
            String delay = request.header(DELAY_HEADER);
            if (delay != null) {
                // Simulated service latency; released early when the stub stops.
                stopped.await(Long.parseLong(delay), TimeUnit.MILLISECONDS);
            }
            Object answer = path.equals("/v3/api-docs")
                    ? Map.of("openapi", "3.1.0", "info", Map.of("title", service + "-service", "version", "test"))
                    : Map.of("service", service, "method", request.method(), "path", path, "headers", headers);
            byte[] bytes = JSON.writeValueAsBytes(answer);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            String cacheControl = request.header(CACHE_CONTROL_HEADER);
            if (cacheControl != null) {
                exchange.getResponseHeaders().set("Cache-Control", cacheControl);
            }
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return service + "@" + uri();
    }
}
