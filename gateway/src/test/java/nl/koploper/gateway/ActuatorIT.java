package nl.koploper.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

/** Probes and metrics are open; nothing else of actuator is exposed. */
class ActuatorIT extends AbstractGatewayIT {

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void healthProbesAreUpWithoutToken(String probe) {
        client().get().uri(probe)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreExposed() {
        String metrics = client().get().uri("/actuator/prometheus")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics).contains("jvm_memory_used_bytes")
                .contains("resilience4j_circuitbreaker_state{")
                .contains("name=\"cohort\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/env", "/actuator/gateway/routes", "/actuator/beans"})
    void otherActuatorEndpointsAreNotExposed(String endpoint) {
        client().get().uri(endpoint)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
