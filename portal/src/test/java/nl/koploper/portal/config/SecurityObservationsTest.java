package nl.koploper.portal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A page is timed as a whole; the steps of Spring Security's filter chain are not observed one by one. */
@WithIssuerEndpoints
class SecurityObservationsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MeterRegistry meters;

    @Test
    void aPageIsTimedAsAWholeNotEachStepOfTheSecurityChain() throws Exception {
        mvc.perform(get("/uitgelogd")).andExpect(status().isOk());

        assertThat(meters.find("http.server.requests").tag("uri", "/uitgelogd").timers()).isNotEmpty();
        assertThat(meters.getMeters()).extracting(Meter::getId).extracting(Meter.Id::getName)
                .noneMatch(name -> name.startsWith("spring.security."));
    }
}
