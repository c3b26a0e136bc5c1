package nl.koploper.gateway.routing;

import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Configuration;

/**
 * Each {@code lb://} service's instances are the fixed list under {@code spring.cloud.discovery.client.simple.instances}
 * (one Service URL in Kubernetes, the replicas' ports on the local stack), read once when the service's load balancer is
 * made ({@link FixedInstanceList}). Without this the load balancer asked the discovery clients for that list again on
 * every request, a seventh of the gateway's CPU under load (local/bench/results).
 */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = FixedInstanceList.class)
class StaticServiceInstances {
}
