package nl.koploper.local.mail;

import com.icegreen.greenmail.standalone.GreenMailStandaloneRunner;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * GreenMail standalone as {@code ./koploper up} has always run it (SMTP, IMAP and the inbox API, configured by the same
 * {@code greenmail.*} system properties), plus one thing its API lacks: a list of every delivery across all inboxes,
 * with the moment the SMTP server took it ({@code GET /arrivals?after=N} on the port of
 * {@code koploper.mail.arrivals.port}). The benchmark reads that list once per interval instead of asking every waiting
 * address's inbox, which at 20 registrations a second cost more than what it measured.
 *
 * <p>Arguments: none; the arrivals port and host come from {@code koploper.mail.arrivals.port} and
 * {@code greenmail.hostname}.
 */
public final class LocalMailServer {

    private LocalMailServer() {
    }

    public static void main(String[] args) throws Exception {
        int arrivalsPort = Integer.parseInt(System.getProperty("koploper.mail.arrivals.port", "8026"));
        String host = System.getProperty("greenmail.hostname", "127.0.0.1");
        GreenMail greenMail = startGreenMail();
        Arrivals arrivals = new Arrivals();
        UserManager users = greenMail.getUserManager();
        users.setMessageDeliveryHandler(recording(users.getMessageDeliveryHandler(), arrivals));
        HttpServer server = HttpServer.create(new InetSocketAddress(host, arrivalsPort), 0);
        server.createContext("/arrivals", exchange -> answer(exchange, arrivals));
        server.start();
    }

    /**
     * Runs GreenMail's own standalone runner, so every {@code greenmail.*} option means what GreenMail documents; the
     * runner keeps its GreenMail instance to itself (a package-private getter), so it is read by reflection.
     */
    private static GreenMail startGreenMail() throws ReflectiveOperationException {
        GreenMailStandaloneRunner runner = new GreenMailStandaloneRunner();
        runner.doRun(System.getProperties());
        Method getGreenMail = GreenMailStandaloneRunner.class.getDeclaredMethod("getGreenMail");
        getGreenMail.setAccessible(true);
        GreenMail greenMail = (GreenMail) getGreenMail.invoke(runner);
        if (greenMail == null) {
            throw new IllegalStateException("GreenMail did not start: no greenmail.setup.* or greenmail.*.port given");
        }
        return greenMail;
    }

    /** Resolves the recipient as before and notes the delivery (per recipient) before GreenMail stores it. */
    static MessageDeliveryHandler recording(MessageDeliveryHandler delivery, Arrivals arrivals) {
        return (message, address) -> {
            long at = System.currentTimeMillis();
            var recipient = delivery.handle(message, address);
            arrivals.add(at, address.getEmail(), Arrivals.carriesCalendar(message.getMessage()));
            return recipient;
        };
    }

    private static void answer(HttpExchange exchange, Arrivals arrivals) throws IOException {
        try (exchange) {
            int status;
            String body;
            if (!"GET".equals(exchange.getRequestMethod())) {
                status = 405;
                body = "only GET\n";
            } else {
                Long after = Arrivals.afterParameter(exchange.getRequestURI().getRawQuery());
                if (after == null) {
                    status = 400;
                    body = "after must be a whole number of arrivals already read, e.g. /arrivals?after=0\n";
                } else {
                    status = 200;
                    body = arrivals.after(after);
                }
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
