package nl.koploper.events.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the calendar feed addresses start. A feed is not a page for people but an {@code .ics} address a calendar app
 * subscribes to, so it points at the public API on the gateway, not at the portal ({@code koploper.public-base-url}).
 *
 * @param baseUrl the gateway's public address, without a trailing slash; default {@code http://localhost:8080}
 */
@ConfigurationProperties("koploper.events.feed")
public record FeedProperties(String baseUrl) {

    public FeedProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip();
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
    }
}
