package nl.koploper.platform.gemeente;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the gemeente check, under {@code koploper.tenancy}.
 *
 * @param requireRegisteredGemeente refuse tokens (and public links) of gemeenten that are not registered and active
 *                                  in this service's copy of the registry; on by default, off only for a service
 *                                  that is run without cohort-service
 * @param registryCacheTtl          how long an answer of the registry is reused in memory: a deactivation takes
 *                                  effect on every replica within this time after the replica applied the event
 */
@ConfigurationProperties("koploper.tenancy")
public record TenancyCheckProperties(@DefaultValue("true") boolean requireRegisteredGemeente,
                                     @DefaultValue("5s") Duration registryCacheTtl) {
}
