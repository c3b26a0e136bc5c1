package nl.koploper.notification;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real HTTP server standing in for cohort-service's public certificate endpoint
 * ({@code GET /api/public/certificates/<code>/pdf}), one per test JVM on a port chosen once, so that it can be stopped
 * (cohort-service down: connections refused) and started again while the shared Spring context keeps pointing at it.
 * It serves the PDFs tests put in by code; any other code is a 404 problem, as cohort-service answers.
 */
public final class TestCohortService {

    private static final int PORT = freePort();
    private static final Pattern PDF_PATH = Pattern.compile("/api/public/certificates/([^/]+)/pdf");
    private static final Map<String, byte[]> PDFS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> REQUESTS = new ConcurrentHashMap<>();
    private static volatile HttpServer server;

    private TestCohortService() {
    }

    /** Serves {@code pdf} for {@code code} from now on. */
    public static void serve(String code, byte[] pdf) {
        PDFS.put(code, pdf);
    }

    /** How many requests for {@code code}'s PDF reached the server. */
    public static int requestsFor(String code) {
        AtomicInteger count = REQUESTS.get(code);
        return count == null ? 0 : count.get();
    }

    public static synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            HttpServer started = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
            started.createContext("/api/public/certificates/", exchange -> {
                Matcher path = PDF_PATH.matcher(exchange.getRequestURI().getPath());
                byte[] pdf = null;
                if (path.matches()) {
                    REQUESTS.computeIfAbsent(path.group(1), code -> new AtomicInteger()).incrementAndGet();
                    pdf = PDFS.get(path.group(1));
                }
                if (pdf == null) {
                    byte[] problem = "{\"status\":404,\"title\":\"Not Found\",\"detail\":\"Certificate not found\"}"
                            .getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                    exchange.sendResponseHeaders(404, problem.length);
                    exchange.getResponseBody().write(problem);
                } else {
                    exchange.getResponseHeaders().add("Content-Type", "application/pdf");
                    exchange.sendResponseHeaders(200, pdf.length);
                    exchange.getResponseBody().write(pdf);
                }
                exchange.close();
            });
            started.start();
            server = started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** cohort-service down: connections to the port are refused until {@link #start()}. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** A real one-page certificate PDF, drawn with PDFBox, saying {@code line}. */
    public static byte[] certificatePdf(String line) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 20);
                text.newLineAtOffset(72, 700);
                text.showText(line);
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /** Registered in META-INF/spring.factories next to {@link TestSmtp.Initializer}: the one shared context uses it. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            start();
            TestPropertyValues.of("koploper.notification.certificate-base-url=http://127.0.0.1:" + PORT + "/",
                            "koploper.notification.attachment-fetch.connect-timeout=1s",
                            "koploper.notification.attachment-fetch.read-timeout=3s")
                    .applyTo(context);
        }
    }
}
