/**
 * Payloads of cohort-service's cohort and participant events, published on {@link nl.koploper.contracts.Topics#COHORT_EVENTS}
 * with the cohort id as key, so that one cohort's events stay in order — except the network events
 * ({@code NetworkMemberJoined}, {@code NetworkMemberLeft}), keyed by the member id, since a membership outlives its
 * cohort and one member's joining and leaving must stay in order. Each carries the tenant, the cohort and the
 * names and contact details its consumers (events-, notification-, assessment- and footprint-service) need, so that
 * they never call back. Enumerated values (organisation type) are plain strings: a consumer must not fail on a value
 * added later.
 */
package nl.koploper.contracts.cohort;
