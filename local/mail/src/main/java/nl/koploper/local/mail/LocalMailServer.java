package nl.koploper.local.mail;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.configuration.PropertiesBasedGreenMailConfigurationBuilder;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.standalone.GreenMailApiServerBuilder;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.PropertiesBasedServerSetupBuilder;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * GreenMail standalone as {@code ./koploper up} has always run it (SMTP, IMAP and the inbox API, configured by the same
 * {@code greenmail.*} system properties), with two changes:
 * <ul>
 *   <li>a list of every delivery across all inboxes, with the moment the SMTP server took it
 *       ({@code GET /arrivals?after=N} on the port of {@code koploper.mail.arrivals.port}). The benchmark reads that
 *       list once per interval instead of asking every waiting address's inbox, which at 20 registrations a second
 *       cost more than what it measured;</li>
 *   <li>SMTP answers go out without waiting ({@code TCP_NODELAY}). GreenMail writes the lines of its EHLO answer one
 *       by one; with Nagle's algorithm the second waited for the client's delayed acknowledgement of the first, 40 ms
 *       on Linux, so every mail took 43 ms longer to hand over than it does to a real mail server;</li>
 *   <li>Jakarta Mail's stream provider is named, so that parsing a mail does not scan the class path again and
 *       again.</li>
 * </ul>
 *
 * <p>Arguments: none; the arrivals port and host come from {@code koploper.mail.arrivals.port} and
 * {@code greenmail.hostname}.
 */
public final class LocalMailServer {

    private LocalMailServer() {
    }

    /** What Jakarta Mail's ServiceLoader would find for {@code jakarta.mail.util.StreamProvider}: Angus Mail's. */
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    public static void main(String[] args) throws Exception {
        // As in notification-service (MimeMails): unnamed, Jakarta Mail scans the class path for its stream provider
        // again for every body part and header of every mail it parses, a sixth of this server's CPU.
        System.getProperties().putIfAbsent("jakarta.mail.util.StreamProvider", ANGUS_STREAM_PROVIDER);
        int arrivalsPort = Integer.parseInt(System.getProperty("koploper.mail.arrivals.port", "8026"));
        String host = System.getProperty("greenmail.hostname", "127.0.0.1");
        GreenMail greenMail = startGreenMail(System.getProperties());
        Arrivals arrivals = new Arrivals();
        UserManager users = greenMail.getUserManager();
        users.setMessageDeliveryHandler(recording(users.getMessageDeliveryHandler(), arrivals));
        HttpServer server = HttpServer.create(new InetSocketAddress(host, arrivalsPort), 0);
        server.createContext("/arrivals", exchange -> answer(exchange, arrivals));
        server.start();
    }

    /**
     * What GreenMail's standalone runner does ({@code GreenMailStandaloneRunner.doRun}), with the same builders, so
     * every {@code greenmail.*} option means what GreenMail documents; only its SMTP servers are
     * {@link NoDelaySmtpServer}s. The API server's type is package-private in GreenMail, so it is started by
     * reflection.
     */
    private static GreenMail startGreenMail(Properties properties) throws ReflectiveOperationException {
        ServerSetup[] setups = new PropertiesBasedServerSetupBuilder().build(properties);
        if (setups.length == 0) {
            throw new IllegalArgumentException("no greenmail.setup.* or greenmail.<protocol>.port given");
        }
        GreenMailConfiguration configuration = new PropertiesBasedGreenMailConfigurationBuilder().build(properties);
        GreenMail greenMail = new GreenMail(setups) {
            @Override
            protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
                Map<String, AbstractServer> services = super.createServices(config, managers);
                for (ServerSetup setup : config) {
                    if (services.get(setup.getProtocol()) instanceof SmtpServer) {
                        services.put(setup.getProtocol(), new NoDelaySmtpServer(setup, managers));
                    }
                }
                return services;
            }
        };
        greenMail.withConfiguration(configuration);
        greenMail.start();
        GreenMailApiServerBuilder api = new GreenMailApiServerBuilder().configure(properties);
        if (api.isEnabled()) {
            Object server = api.withGreenMail(greenMail, setups, configuration).build();
            Method start = server.getClass().getMethod("start");
            start.setAccessible(true);
            start.invoke(server);
        }
        return greenMail;
    }

    /** GreenMail's SMTP server, answering without Nagle's delay (see the class comment). */
    private static final class NoDelaySmtpServer extends SmtpServer {

        NoDelaySmtpServer(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected void handleClientSocket(Socket client) throws SocketException {
            client.setTcpNoDelay(true);
            super.handleClientSocket(client);
        }
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
