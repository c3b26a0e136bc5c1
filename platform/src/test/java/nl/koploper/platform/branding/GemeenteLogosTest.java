package nl.koploper.platform.branding;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import nl.koploper.test.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real local web site: what is a usable logo, what is left out, and what is fetched again when. */
class GemeenteLogosTest {

    private HttpServer site;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final SettableClock clock = SettableClock.at(Instant.parse("2027-03-01T10:00:00Z"));
    // Generous, so a busy machine does not turn a good logo into a timeout; the slow site uses a short one.
    private final GemeenteLogos.Limits limits = new GemeenteLogos.Limits(Duration.ofSeconds(20),
            Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(5));

    static byte[] png() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 40,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @BeforeEach
    void startSite() throws IOException {
        byte[] png = png();
        site = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        serve("/logo.png", 200, "image/png", png);
        serve("/logo-charset.png", 200, "image/png; charset=binary", png);
        serve("/missing.png", 404, "text/html", "niet gevonden".getBytes());
        serve("/page.html", 200, "text/html", "<html>logo</html>".getBytes());
        serve("/fake.png", 200, "image/png", "GIF89a not a png at all".getBytes());
        byte[] huge = new byte[GemeenteLogos.MAX_BYTES + 1];
        System.arraycopy(png, 0, huge, 0, png.length);
        serve("/huge.png", 200, "image/png", huge);
        site.createContext("/slow.png", exchange -> {
            requests.computeIfAbsent("/slow.png", k -> new AtomicInteger()).incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, png.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(png, 0, 10);
                body.flush();
                Thread.sleep(60_000); // far longer than the total time allowed
                body.write(png, 10, png.length - 10);
            } catch (InterruptedException | IOException stopped) {
                Thread.currentThread().interrupt();
            }
        });
        site.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        site.start();
    }

    @AfterEach
    void stopSite() {
        site.stop(0);
    }

    private void serve(String path, int status, String contentType, byte[] body) {
        site.createContext(path, exchange -> {
            requests.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private String url(String path) {
        return "http://localhost:" + site.getAddress().getPort() + path;
    }

    private GemeenteLogos logos(Map<String, String> logoUrls) {
        return new GemeenteLogos(tenant -> Optional.ofNullable(logoUrls.get(tenant)), clock, limits);
    }

    @Test
    void aPngLogoIsFetchedOnceAndKeptUntilItExpires() throws IOException {
        GemeenteLogos logos = logos(Map.of("groningen", url("/logo.png")));

        assertThat(logos.of("groningen")).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(uncheckedPng()));
        assertThat(logos.of("groningen")).isPresent();
        assertThat(requests.get("/logo.png")).hasValue(1);

        clock.advance(Duration.ofMinutes(61));
        assertThat(logos.of("groningen")).isPresent();
        assertThat(requests.get("/logo.png")).hasValue(2);
        assertThat(logos.fetch(url("/logo-charset.png"))).isPresent();
    }

    @Test
    void whatCannotBeALogoIsLeftOutAndTriedAgainOnlyAfterAWhile() {
        GemeenteLogos logos = logos(Map.of("zonder", "", "kapot", url("/missing.png")));

        assertThat(logos.of("zonder")).isEmpty();
        assertThat(logos.of("onbekend")).isEmpty();
        assertThat(logos.of("kapot")).isEmpty();
        assertThat(logos.of("kapot")).isEmpty();
        assertThat(requests.get("/missing.png")).hasValue(1);
        clock.advance(Duration.ofMinutes(6));
        assertThat(logos.of("kapot")).isEmpty();
        assertThat(requests.get("/missing.png")).hasValue(2);

        assertThat(logos.fetch(url("/page.html"))).isEmpty();
        assertThat(logos.fetch(url("/fake.png"))).isEmpty();
        assertThat(logos.fetch(url("/huge.png"))).isEmpty();
        assertThat(logos.fetch("file:///etc/passwd")).isEmpty();
        assertThat(logos.fetch("not a url")).isEmpty();
        assertThat(logos.fetch("http://localhost:1/logo.png")).isEmpty(); // nothing listens there
    }

    @Test
    void aSiteThatDripsItsBodyIsGivenUpOnWithinTheTotalTime() {
        GemeenteLogos logos = new GemeenteLogos(tenant -> Optional.empty(), clock, new GemeenteLogos.Limits(
                Duration.ofSeconds(20), Duration.ofSeconds(2), Duration.ofHours(1), Duration.ofMinutes(5)));

        assertThat(logos.fetch(url("/slow.png"))).isEmpty();
        assertThat(logos.fetch(url("/slow.png"))).isEmpty();
        assertThat(requests.get("/slow.png")).hasValue(1); // the failure is remembered
    }

    @Test
    void callersAskingAtOnceShareOneDownload() throws Exception {
        GemeenteLogos logos = new GemeenteLogos(tenant -> Optional.empty(), clock, new GemeenteLogos.Limits(
                Duration.ofSeconds(20), Duration.ofSeconds(2), Duration.ofHours(1), Duration.ofMinutes(5)));

        Callable<Optional<byte[]>> fetch = () -> logos.fetch(url("/slow.png"));
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            for (Future<Optional<byte[]>> answer : callers.invokeAll(Collections.nCopies(4, fetch))) {
                assertThat(answer.get()).isEmpty();
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(requests.get("/slow.png")).hasValue(1);
    }

    @Test
    void pngAndJpegAreRecognisedByTheirFirstBytes() throws IOException {
        assertThat(GemeenteLogos.isPng(png())).isTrue();
        assertThat(GemeenteLogos.isJpeg(png())).isFalse();
        assertThat(GemeenteLogos.isJpeg(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).isTrue();
        assertThat(GemeenteLogos.isPng(new byte[] {(byte) 0x89, 'P'})).isFalse();
    }

    private static byte[] uncheckedPng() {
        try {
            return png();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
