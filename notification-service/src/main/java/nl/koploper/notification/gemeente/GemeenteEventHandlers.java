package nl.koploper.notification.gemeente;

import nl.koploper.contracts.tenant.GemeenteChanged;
import nl.koploper.contracts.tenant.GemeenteDeactivated;
import nl.koploper.contracts.tenant.GemeenteReactivated;
import nl.koploper.contracts.tenant.GemeenteRegistered;
import nl.koploper.platform.events.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gemeente registry's events. Each carries the whole profile with its revision, so every one is handled the
 * same way: keep the highest revision (idempotent without a processed-events mark).
 */
@Configuration(proxyBeanMethods = false)
class GemeenteEventHandlers {

    @Bean
    EventHandler<GemeenteRegistered> keepRegisteredGemeente(GemeenteSenders registry) {
        return EventHandler.of(GemeenteRegistered.class, event -> registry.apply(event.payload().gemeente()));
    }

    @Bean
    EventHandler<GemeenteChanged> keepChangedGemeente(GemeenteSenders registry) {
        return EventHandler.of(GemeenteChanged.class, event -> registry.apply(event.payload().gemeente()));
    }

    @Bean
    EventHandler<GemeenteDeactivated> keepDeactivatedGemeente(GemeenteSenders registry) {
        return EventHandler.of(GemeenteDeactivated.class, event -> registry.apply(event.payload().gemeente()));
    }

    @Bean
    EventHandler<GemeenteReactivated> keepReactivatedGemeente(GemeenteSenders registry) {
        return EventHandler.of(GemeenteReactivated.class, event -> registry.apply(event.payload().gemeente()));
    }
}
