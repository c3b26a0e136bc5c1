package nl.koploper.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The loopback ports the local stack listens on, with the same overrides {@code ./koploper} reads. */
final class StackPorts {

    private static final Map<String, Integer> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("KOPLOPER_KAFKA_PORT", 9092);
        DEFAULTS.put("KOPLOPER_KAFKA_CONTROLLER_PORT", 9093);
        DEFAULTS.put("KOPLOPER_MONGO_PORT", 27017);
        DEFAULTS.put("KOPLOPER_SMTP_PORT", 3025);
        DEFAULTS.put("KOPLOPER_IMAP_PORT", 3143);
        DEFAULTS.put("KOPLOPER_MAIL_API_PORT", 8025);
        DEFAULTS.put("KOPLOPER_MAIL_ARRIVALS_PORT", 8026);
        DEFAULTS.put("KOPLOPER_OIDC_PORT", 8090);
        DEFAULTS.put("KOPLOPER_GATEWAY_PORT", 8080);
        DEFAULTS.put("KOPLOPER_COHORT_PORT", 8081);
        DEFAULTS.put("KOPLOPER_ASSESSMENT_PORT", 8082);
        DEFAULTS.put("KOPLOPER_FOOTPRINT_PORT", 8083);
        DEFAULTS.put("KOPLOPER_EVENTS_PORT", 8084);
        DEFAULTS.put("KOPLOPER_NOTIFICATION_PORT", 8085);
        DEFAULTS.put("KOPLOPER_PORTAL_PORT", 8070);
    }

    private StackPorts() {
    }

    static int gateway() {
        return port("KOPLOPER_GATEWAY_PORT");
    }

    static int portal() {
        return port("KOPLOPER_PORTAL_PORT");
    }

    static int mailApi() {
        return port("KOPLOPER_MAIL_API_PORT");
    }

    static int smtp() {
        return port("KOPLOPER_SMTP_PORT");
    }

    static int mailArrivals() {
        return port("KOPLOPER_MAIL_ARRIVALS_PORT");
    }

    static int oidc() {
        return port("KOPLOPER_OIDC_PORT");
    }

    static List<Integer> all() {
        return DEFAULTS.keySet().stream().map(StackPorts::port).toList();
    }

    static List<Integer> open() {
        return all().stream().filter(StackPorts::isOpen).toList();
    }

    private static int port(String variable) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? DEFAULTS.get(variable) : Integer.parseInt(value.trim());
    }

    static boolean isOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
