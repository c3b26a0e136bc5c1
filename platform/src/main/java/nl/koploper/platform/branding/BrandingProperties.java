package nl.koploper.platform.branding;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of {@link GemeenteLogos}, under {@code koploper.branding}.
 *
 * @param logoConnectTimeout  how long to wait for the gemeente's web site to accept the connection
 * @param logoDownloadTimeout how long the whole download may take (a document waits at most this long for a logo)
 * @param logoKeep            how long a fetched logo is reused
 * @param logoKeepFailure     how long a failed fetch answers "no logo" before the site is asked again
 */
@ConfigurationProperties("koploper.branding")
public record BrandingProperties(@DefaultValue("2s") Duration logoConnectTimeout,
                                 @DefaultValue("5s") Duration logoDownloadTimeout,
                                 @DefaultValue("1h") Duration logoKeep,
                                 @DefaultValue("5m") Duration logoKeepFailure) {

    GemeenteLogos.Limits limits() {
        return new GemeenteLogos.Limits(logoConnectTimeout, logoDownloadTimeout, logoKeep, logoKeepFailure);
    }
}
