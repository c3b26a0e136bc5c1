/**
 * Payloads of the gemeente registry that cohort-service owns, published on
 * {@link nl.koploper.contracts.Topics#TENANT_EVENTS} with the gemeente's slug as key. Every event carries the whole
 * {@link nl.koploper.contracts.tenant.GemeenteProfile} and a {@code revision} that rises with each change, so a
 * consumer keeps its copy of the registry by storing the profile with the highest revision it has seen: order across
 * partitions and redelivery do not matter, and the topic can be compacted.
 */
package nl.koploper.contracts.tenant;
