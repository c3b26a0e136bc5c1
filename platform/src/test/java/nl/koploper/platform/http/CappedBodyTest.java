package nl.koploper.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CappedBodyTest {

    private static final byte[] TEN_BYTES = "0123456789".getBytes();

    private HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // Declared length, then chunked (length unknown up front), then a 404 with a body.
        server.createContext("/declared", exchange -> answer(exchange, 200, TEN_BYTES.length));
        server.createContext("/chunked", exchange -> answer(exchange, 200, 0));
        server.createContext("/missing", exchange -> answer(exchange, 404, TEN_BYTES.length));
        server.start();
    }

    private static void answer(HttpExchange exchange, int status, long length) throws IOException {
        exchange.sendResponseHeaders(status, length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(TEN_BYTES, 0, 5);
            body.flush();
            body.write(TEN_BYTES, 5, 5);
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpResponse<byte[]> get(String path, long maxBytes) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                + path)).GET().build();
        return http.sendAsync(request, CappedBody.ofOk(maxBytes)).get();
    }

    @Test
    void aBodyWithinTheCapIsReadWhole() throws Exception {
        assertThat(get("/declared", 10).body()).isEqualTo(TEN_BYTES);
        assertThat(get("/chunked", 10).body()).isEqualTo(TEN_BYTES);
    }

    @Test
    void aBodyOverTheCapFailsWhetherDeclaredOrNot() {
        for (String path : new String[] {"/declared", "/chunked"}) {
            assertThatThrownBy(() -> get(path, 9)).as(path).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(CappedBody.TooLargeException.class).hasMessage("larger than 9 bytes");
        }
    }

    @Test
    void anotherStatusHasNoBody() throws Exception {
        HttpResponse<byte[]> response = get("/missing", 100);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isNull();
    }
}
