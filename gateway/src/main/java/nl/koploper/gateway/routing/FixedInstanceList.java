package nl.koploper.gateway.routing;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.simple.InstanceProperties;
import org.springframework.cloud.client.discovery.simple.reactive.SimpleReactiveDiscoveryProperties;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.cloud.loadbalancer.support.ServiceInstanceListSuppliers;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The configuration of each service's own load-balancer context (where the environment names the service); not a
 * component, so the gateway's own context never makes one.
 */
class FixedInstanceList {

    @Bean
    ServiceInstanceListSupplier fixedServiceInstances(Environment environment,
            SimpleReactiveDiscoveryProperties discovery) {
        String serviceId = LoadBalancerClientFactory.getName(environment);
        ServiceInstance[] instances = discovery.getInstances(serviceId).stream()
                .map(InstanceProperties::toServiceInstance)
                .toArray(ServiceInstance[]::new);
        return ServiceInstanceListSuppliers.from(serviceId, instances);
    }
}
