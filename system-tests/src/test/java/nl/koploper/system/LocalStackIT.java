package nl.koploper.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The README's run command works: {@code ./koploper up} starts the whole platform, its tokens are accepted and every
 * service answers through the gateway. ({@link LocalStack} checks that {@code ./koploper down} leaves nothing behind
 * when the run ends.)
 */
@ExtendWith(LocalStack.Extension.class)
class LocalStackIT {

    private static final String TENANT = "westerkwartier";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final LocalStack stack = LocalStack.get();

    @Nested
    class Tokens {

        @Test
        void coordinatorTokenCarriesTenantRoleAudienceAndEmail() {
            String claims = claimsOf(stack.token(TENANT, "coordinator"));

            assertThat(JsonPath.<String>read(claims, "$.tenant")).isEqualTo(TENANT);
            assertThat(JsonPath.<List<String>>read(claims, "$.roles")).containsExactly("coordinator");
            assertThat(JsonPath.<Object>read(claims, "$.aud").toString()).contains("koploper");
            assertThat(JsonPath.<String>read(claims, "$.iss")).isEqualTo("http://localhost:" + StackPorts.oidc() + "/koploper");
            assertThat(JsonPath.<String>read(claims, "$.email")).isEqualTo("coordinator@westerkwartier.example");
        }

        @Test
        void platformAdminTokenHasNoTenant() {
            String claims = claimsOf(stack.platformAdminToken());

            assertThat(JsonPath.<List<String>>read(claims, "$.roles")).containsExactly("platform-admin");
            assertThat(JsonPath.<String>read(claims, "$.email")).isEqualTo("team@koploper.example");
            assertThat(JsonPath.<Map<String, Object>>read(claims, "$")).doesNotContainKey("tenant");
        }

        @Test
        void tenantIsRequiredForTenantRoles() {
            KoploperCommand.Result result = stack.koploper(Duration.ofSeconds(30), "token", "--role", "jury");

            assertThat(result.exitCode()).isNotZero();
            assertThat(result.output()).contains("--tenant");
        }
    }

    @Nested
    class ThroughTheGateway {

        @Test
        void refusesRequestsWithoutToken() {
            HttpResponse<String> response = stack.get("/api/cohorts/whoami", null);

            assertThat(response.statusCode()).isEqualTo(401);
        }

        @ParameterizedTest(name = "/api/{0}/whoami is answered by {1}")
        @CsvSource({
            "cohorts, cohort",
            "assessments, assessment",
            "footprints, footprint",
            "meetings, events",
            "notifications, notification"
        })
        void everyServiceAnswersWithTheCallersTenant(String prefix, String service) {
            HttpResponse<String> response = stack.get("/api/" + prefix + "/whoami", stack.token(TENANT, "coordinator"));

            assertThat(response.statusCode()).as("GET /api/%s/whoami: %s", prefix, response.body()).isEqualTo(200);
            assertThat(JsonPath.<String>read(response.body(), "$.service")).isEqualTo(service);
            assertThat(JsonPath.<String>read(response.body(), "$.tenant")).isEqualTo(TENANT);
            assertThat(JsonPath.<List<String>>read(response.body(), "$.roles")).contains("coordinator");
        }
    }

    /** The local mail server's list of deliveries, which {@code ./koploper bench} times mail by. */
    @Nested
    class MailArrivals {

        @Test
        void listsEachDeliveryWithItsTimeAndWhetherItIsAnInvitation() throws Exception {
            long before = lastArrival();
            long sentFrom = System.currentTimeMillis();
            String run = Long.toString(System.nanoTime(), 36);
            String plainTo = "Plain-" + run + "@arrivals.example";
            String inviteTo = "invite-" + run + "@arrivals.example";

            send(plainTo, new MimeBodyPartText("Gewoon een bericht."));
            send(inviteTo, new MimeBodyPartText("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n",
                    "text/calendar; method=REQUEST; charset=UTF-8"));

            // Other tests' mail may arrive in between: only the numbering is checked on every line.
            List<String[]> lines = arrivalsAfter(before).lines().map(line -> line.split("\t")).toList();
            for (int i = 0; i < lines.size(); i++) {
                assertThat(Long.parseLong(lines.get(i)[0])).as("line %d after %d", i, before).isEqualTo(before + 1 + i);
            }
            List<String[]> ours = lines.stream()
                    .filter(fields -> fields[3].endsWith(run + "@arrivals.example")).toList();
            assertThat(ours).extracting(fields -> fields[3] + " " + fields[2])
                    .containsExactly(plainTo.toLowerCase(Locale.ROOT) + " plain", inviteTo + " calendar");
            assertThat(ours).allSatisfy(fields -> assertThat(Long.parseLong(fields[1]))
                    .isBetween(sentFrom, System.currentTimeMillis()));
            // Read on from the invitation's number: neither comes again.
            assertThat(arrivalsAfter(Long.parseLong(ours.get(1)[0]))).doesNotContain(run);
        }

        @ParameterizedTest(name = "?{0} is refused")
        @CsvSource({"after=-1", "after=abc", "after=", "from=0"})
        void refusesAQueryWithoutAWholeNumber(String query) throws Exception {
            HttpResponse<String> response = arrivals("?" + query);

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("after must be a whole number");
        }

        private long lastArrival() throws Exception {
            String all = arrivalsAfter(0);
            return all.isEmpty() ? 0 : Long.parseLong(all.lines().reduce((a, b) -> b).orElseThrow().split("\t")[0]);
        }

        private String arrivalsAfter(long after) throws Exception {
            HttpResponse<String> response = arrivals("?after=" + after);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body();
        }

        private HttpResponse<String> arrivals(String query) throws Exception {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + StackPorts.mailArrivals()
                    + "/arrivals" + query)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Through the SMTP server, as notification-service sends: the call returns once the server took it. */
        private void send(String to, MimeBodyPartText body) throws Exception {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", "127.0.0.1");
            properties.put("mail.smtp.port", String.valueOf(StackPorts.smtp()));
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom("tests@koploper.example");
            message.setRecipients(Message.RecipientType.TO, to);
            message.setSubject("Arrivals " + to);
            MimeMultipart parts = new MimeMultipart("mixed");
            MimeBodyPart part = new MimeBodyPart();
            part.setContent(body.text(), body.contentType());
            parts.addBodyPart(part);
            message.setContent(parts);
            Transport.send(message);
        }
    }

    private record MimeBodyPartText(String text, String contentType) {

        MimeBodyPartText(String text) {
            this(text, "text/plain; charset=UTF-8");
        }
    }

    private static String claimsOf(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
