package nl.koploper.test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
    @Autowired
    private MeterRegistry meters;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlers;

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

    /**
     * Every operation tells its reader what it does and what it answers: a summary, a success code (stated where the
     * signature cannot show it: an answer without body, a POST), problem+json for every error, and on
     * {@code /api/public/**} that no token is needed. The platform's own answers come from {@code ApiDocumentation}.
     */
    @Test
    void documentsEveryOperation() throws Exception {
        String document = http.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> gaps = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : JsonMapper.shared().readTree(document).path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                gaps.addAll(gapsOf(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                        operation.getValue()));
            }
        }
        handlers.getHandlerMethods().forEach((mapping, handler) -> {
            boolean api = !mapping.getPatternValues().isEmpty()
                    && mapping.getPatternValues().stream().allMatch(pattern -> pattern.startsWith("/api/"));
            if (api && !statesItsSuccess(handler)) {
                gaps.add(mapping.getMethodsCondition().getMethods() + " " + mapping.getPatternValues() + " ("
                        + handler.getMethod().getName() + "): answers without a body or is a POST; state its "
                        + "success code (@ResponseStatus or @ApiResponse)");
            }
        });
        assertThat(gaps).as("operations of %s-service documented incompletely", serviceName()).isEmpty();
    }

    private static List<String> gapsOf(String name, JsonNode operation) {
        List<String> gaps = new ArrayList<>();
        if (operation.path("summary").asString("").isBlank()) {
            gaps.add(name + ": no summary");
        }
        List<String> codes = new ArrayList<>();
        operation.path("responses").propertyNames().forEach(codes::add);
        if (codes.stream().noneMatch(code -> code.startsWith("2"))) {
            gaps.add(name + ": no success code");
        }
        for (String code : codes) {
            JsonNode content = operation.path("responses").path(code).path("content");
            boolean error = code.startsWith("4") || code.startsWith("5");
            if (error && content.path("application/problem+json").isMissingNode()) {
                gaps.add(name + ": " + code + " is not documented as application/problem+json");
            }
        }
        boolean open = name.contains(" /api/public/");
        if (open && !(operation.path("security").isArray() && operation.path("security").isEmpty())) {
            gaps.add(name + ": public, but not marked as needing no token (security: [])");
        }
        if (!open && !operation.path("security").isMissingNode()) {
            gaps.add(name + ": overrides the bearer requirement");
        }
        if (!open && !(codes.contains("401") && codes.contains("403"))) {
            gaps.add(name + ": needs a token, but 401 and 403 are not documented");
        }
        return gaps;
    }

    /**
     * Whether the success code of a handler can be read off it: declared with {@code @ResponseStatus} or a 2xx
     * {@code @ApiResponse}, or a GET/PUT/DELETE... returning a body (200). An answer without body (void,
     * {@code ResponseEntity<Void>}) is rarely a 200, and a POST is as often 201 or 202 as 200: those must say.
     */
    private static boolean statesItsSuccess(HandlerMethod handler) {
        Method method = handler.getMethod();
        if (AnnotatedElementUtils.hasAnnotation(method, ResponseStatus.class)
                || Arrays.stream(method.getAnnotationsByType(ApiResponse.class))
                        .anyMatch(response -> response.responseCode().startsWith("2"))) {
            return true;
        }
        boolean noBody = method.getReturnType() == void.class
                || (method.getReturnType() == ResponseEntity.class
                        && method.getGenericReturnType() instanceof ParameterizedType type
                        && type.getActualTypeArguments()[0] == Void.class);
        return !noBody && !AnnotatedElementUtils.hasAnnotation(method, PostMapping.class);
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

    /**
     * A request is timed as a whole (http.server.requests), not each step of Spring Security's chain on its own: those
     * observations wrapped every filter, authentication and authorization of every request in a timer and a span.
     */
    @Test
    void timesARequestAsAWholeNotEachStepOfTheSecurityChain() throws Exception {
        gemeenten.register("westerkwartier");
        http.perform(get(apiPrefix() + "/whoami")
                        .header("Authorization", "Bearer " + TestTokens.token("westerkwartier", "coordinator")))
                .andExpect(status().isOk());

        assertThat(meters.find("http.server.requests").tag("uri", apiPrefix() + "/whoami").timers()).isNotEmpty();
        assertThat(meters.getMeters()).extracting(Meter::getId).extracting(Meter.Id::getName)
                .noneMatch(name -> name.startsWith("spring.security."));
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
