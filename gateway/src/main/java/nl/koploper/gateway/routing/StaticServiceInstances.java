package nl.koploper.gateway.routing;

import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Configuration;

/**
 * Each {@code lb://} service's instances are the fixed list under {@code spring.cloud.discovery.client.simple.instances}
 * (one Service URL in Kubernetes, the replicas' ports on the local stack), read once when the service's load balancer is
 * made ({@link FixedInstanceList}). Without this the load balancer asked the discovery clients for that list again on
 * every request (in a seventh of the profile's samples under load, local/bench/results/2026-12-06-gateway.md; paired
 * throughput runs on a busy machine showed no difference beyond their noise).
 */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = FixedInstanceList.class)
class StaticServiceInstances {
}
