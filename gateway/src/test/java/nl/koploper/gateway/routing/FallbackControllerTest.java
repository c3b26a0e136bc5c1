package nl.koploper.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class FallbackControllerTest {

    @Test
    void aRouteResponseTimeoutCountsAsTimeout() {
        assertThat(FallbackController.isTimeout(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT, "late",
                new TimeoutException("Response took longer than timeout")))).isTrue();
        assertThat(FallbackController.isTimeout(new RuntimeException(new TimeoutException()))).isTrue();
    }

    @Test
    void refusedConnectionsAndOpenCircuitsAreNoTimeout() {
        assertThat(FallbackController.isTimeout(new ConnectException("Connection refused"))).isFalse();
        assertThat(FallbackController.isTimeout(null)).isFalse();
    }
}
