package nl.koploper.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests no route ever sees, refused by the web server or the security firewall first, still get a problem+json
 * answer: a client (or a probe) always learns why, in the one format the platform answers in.
 */
class MalformedRequestIT extends AbstractGatewayIT {

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("an encoded slash climbing out", "/api/cohorts/..%2F..%2Factuator%2Fenv", 400,
                        "Ongeldige aanvraag"),
                Arguments.of("an encoded NUL in an id", "/api/cohorts/abc%00def", 400, "Ongeldige aanvraag"),
                Arguments.of("an encoded line break in an id", "/api/cohorts/abc%0Adef", 400, "Ongeldige aanvraag"),
                Arguments.of("a too long address", "/api/cohorts/" + "a".repeat(9_000), 414, "Adres te lang"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void isRefusedWithAProblemDocumentInDutch(String what, String target, int status, String title)
            throws IOException {
        String answer = rawGet(target);

        String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase(Locale.ROOT);
        assertThat(head).as(answer).startsWith("http/1.1 " + status);
        assertThat(head).as(answer).contains("content-type: application/problem+json");
        assertThat(answer).contains("\"status\":" + status).contains("\"title\":\"" + title + "\"");
    }

    /** Sends the request line as written: an HTTP client library would normalise or refuse it before sending. */
    private String rawGet(String target) throws IOException {
        String token = TestTokens.token(freshTenant(), "coordinator");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
