package nl.koploper.portal;

import nl.koploper.portal.api.Gateway;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/**
 * The platform behind the gateway as the render tests fix it: every API answer a test expects from
 * {@link MockRestServiceServer} (reset before each test), the signed-in and the public calls alike at {@link #API}.
 */
@TestConfiguration
public class CannedPlatform {

    public static final String API = "http://gateway.test";

    private final RestClient.Builder builder = RestClient.builder().baseUrl(API);
    private final MockRestServiceServer server = MockRestServiceServer.bindTo(builder).ignoreExpectOrder(true).build();

    @Bean
    MockRestServiceServer platform() {
        return server;
    }

    @Bean
    @Primary
    Gateway cannedGateway() {
        RestClient client = builder.build();
        return new Gateway(client, client);
    }
}
