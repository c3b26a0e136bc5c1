/**
 * The gemeente registry: a platform-admin registers a gemeente (its slug is the {@code tenant} claim of its users'
 * tokens), changes its profile, deactivates and reactivates it. Each change publishes the whole profile with a rising
 * revision on {@code tenant.events.v1}, from which every service (this one included) keeps its copy of the registry
 * and decides which tokens it accepts. The gemeenten are kept in the service's shared database, not in a gemeente's.
 */
package nl.koploper.cohort.gemeente;
