package nl.koploper.events.network;

import nl.koploper.contracts.cohort.NetworkMemberJoined;
import nl.koploper.contracts.cohort.NetworkMemberLeft;
import nl.koploper.platform.events.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NetworkHandlers {

    @Bean
    EventHandler<NetworkMemberJoined> keepNetworkMember(Network network) {
        return EventHandler.of(NetworkMemberJoined.class, network::join);
    }

    @Bean
    EventHandler<NetworkMemberLeft> withdrawNetworkMember(Network network) {
        return EventHandler.of(NetworkMemberLeft.class, network::leave);
    }
}
