package nl.koploper.events.rsvp;

import nl.koploper.events.meeting.RsvpLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The signing of RSVP tokens with the configured key, and the links built from them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RsvpProperties.class)
class RsvpConfiguration {

    /** The well-known key in application.yml; anyone who reads the repository can sign links with it. */
    static final String DEV_KEY = "ZGV2LW9ubHkta29wbG9wZXItcnN2cC1rZXktbm90LWZvci1wcm9kdWN0aW9uIQ==";

    private static final Logger log = LoggerFactory.getLogger(RsvpConfiguration.class);

    @Bean
    RsvpTokens rsvpTokens(RsvpProperties properties) {
        if (DEV_KEY.equals(properties.key() == null ? null : properties.key().strip())) {
            log.warn("RSVP links are signed with the DEV-ONLY key from application.yml; set koploper.events.rsvp.key "
                    + "(KOPLOPER_EVENTS_RSVP_KEY) to a secret of your own in every real environment");
        }
        return new RsvpTokens(properties.keyBytes());
    }

    @Bean
    RsvpLinks rsvpLinks(RsvpTokens tokens,
                        @Value("${" + PublicBaseUrl.PROPERTY + ":" + PublicBaseUrl.DEFAULT + "}") String publicBaseUrl) {
        return new SignedRsvpLinks(tokens, publicBaseUrl);
    }
}
