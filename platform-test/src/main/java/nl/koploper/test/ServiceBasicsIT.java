package nl.koploper.test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every service answers from the moment it exists: probes, metrics, its OpenAPI document, a refusal without a
 * token and its whoami under its own API prefix with the tenant of the token (never of a header). A service's
 * test subclasses this with {@link KoploperIntegrationTest} and its name and prefix. The service's name is also its
 * node in the README's map of services and topics, which must draw exactly the topics the service subscribes to.
 */
public abstract class ServiceBasicsIT {

    /** An arrow of the README's map: {@code publisher -- topic --> consumer & consumer}. */
    private static final Pattern TOPIC_ARROW = Pattern.compile("^\\s*\\w+ -- ([\\w.]+) --> (.+)$");

    @Autowired
    protected MockMvc http;
    @Autowired
    protected TestGemeenten gemeenten;
    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    protected abstract String serviceName();

    protected abstract String apiPrefix();

    @Test
    void answersLivenessAndReadiness() throws Exception {
        http.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        http.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void exposesPrometheusMetrics() throws Exception {
        http.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("jvm_memory_used_bytes")));
    }

    @Test
    void servesItsOpenApiDocument() throws Exception {
        http.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.servers[0].url").value("/"))
                .andExpect(jsonPath("$.paths['/error']").doesNotExist())
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"));
    }

    @Test
    void refusesItsApiWithoutAToken() throws Exception {
        http.perform(get(apiPrefix() + "/whoami"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void takesTheTenantFromTheTokenOnly() throws Exception {
        gemeenten.register("westerkwartier");
        http.perform(get(apiPrefix() + "/whoami")
                        .header("Authorization", "Bearer " + TestTokens.token("westerkwartier", "coordinator"))
                        .header("X-Tenant-Id", "groningen"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service").value(serviceName()))
                .andExpect(jsonPath("$.tenant").value("westerkwartier"));
    }

    @Test
    void refusesATokenOfAGemeenteThatIsNotRegistered() throws Exception {
        http.perform(get(apiPrefix() + "/whoami")
                        .header("Authorization", TestTokens.bearer(TestTokens.newGemeente("unknown"), "coordinator")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://koploper.nl/problems/gemeente-not-registered"));
    }

    @Test
    void refusesATokenOfAnotherIssuer() throws Exception {
        http.perform(get(apiPrefix() + "/whoami")
                        .header("Authorization", "Bearer " + TestTokens.wrongIssuer("westerkwartier", "coordinator")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void subscribesToExactlyTheTopicsTheReadmeMapDraws() throws IOException {
        Set<String> subscribed = new TreeSet<>();
        listeners.getListenerContainers()
                .forEach(container -> subscribed.addAll(Arrays.asList(container.getContainerProperties().getTopics())));
        assertThat(subscribed).as("topics %s-service subscribes to, against the arrows into it in README.md", serviceName())
                .isEqualTo(topicsDrawnInto(serviceName()));
    }

    /** The topics of the README's mermaid arrows {@code publisher -- topic --> consumer & consumer} that reach this node. */
    private static Set<String> topicsDrawnInto(String node) throws IOException {
        Set<String> topics = new TreeSet<>();
        for (String line : Files.readAllLines(repositoryReadme())) {
            Matcher arrow = TOPIC_ARROW.matcher(line);
            if (arrow.matches() && Arrays.stream(arrow.group(2).split("&")).map(String::strip).anyMatch(node::equals)) {
                topics.add(arrow.group(1));
            }
        }
        return topics;
    }

    /** The README of the repository: tests run in a module directory, the map is in the parent's. */
    private static Path repositoryReadme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("README.md")) && Files.exists(dir.resolve("contracts"))) {
                return dir.resolve("README.md");
            }
        }
        throw new IllegalStateException("no repository README.md above " + Path.of("").toAbsolutePath());
    }
}
