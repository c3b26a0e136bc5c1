package nl.koploper.notification.unsubscribe;

import java.util.Base64;
import nl.koploper.notification.config.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The signing of unsubscribe links with the configured key. */
@Configuration(proxyBeanMethods = false)
class UnsubscribeConfiguration {

    /** The well-known key in application.yml; anyone who reads the repository can sign links with it. */
    static final String DEV_KEY = "ZGV2LW9ubHkta29wbG9wZXItdW5zdWJzY3JpYmUta2V5LW5vdC1mb3ItcHJvZHVjdGlvbiE=";

    private static final Logger log = LoggerFactory.getLogger(UnsubscribeConfiguration.class);

    @Bean
    UnsubscribeTokens unsubscribeTokens(NotificationProperties properties) {
        String key = properties.unsubscribe().key();
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("koploper.notification.unsubscribe.key is not set: give a base64 key of at "
                    + "least " + UnsubscribeTokens.MINIMUM_KEY_BYTES + " bytes");
        }
        if (DEV_KEY.equals(key.strip())) {
            log.warn("Unsubscribe links are signed with the DEV-ONLY key from application.yml; set "
                    + "koploper.notification.unsubscribe.key (KOPLOPER_NOTIFICATION_UNSUBSCRIBE_KEY) to a secret of "
                    + "your own in every real environment");
        }
        try {
            return new UnsubscribeTokens(Base64.getDecoder().decode(key.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("koploper.notification.unsubscribe.key is not base64 of at least "
                    + UnsubscribeTokens.MINIMUM_KEY_BYTES + " bytes", e);
        }
    }
}
