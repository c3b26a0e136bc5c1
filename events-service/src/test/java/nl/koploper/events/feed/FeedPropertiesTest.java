package nl.koploper.events.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedPropertiesTest {

    @Test
    void feedAddressesStartAtTheGatewayNotThePortal() {
        assertThat(new FeedProperties(null).baseUrl()).isEqualTo("http://localhost:8080");
        assertThat(new FeedProperties(" https://api.koploper.example/ ").baseUrl())
                .isEqualTo("https://api.koploper.example");
    }
}
