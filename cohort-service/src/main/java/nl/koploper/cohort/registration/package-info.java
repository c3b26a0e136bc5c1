/**
 * Registration of organisations for a cohort, over HTTP: by the coordinator, and by the public self-registration
 * link a gemeente publishes. Withdrawal (by the organisation itself or the coordinator) and removal (by the
 * coordinator) live here too. The rules are the {@link nl.koploper.cohort.cohort.Cohort}'s; this package turns
 * requests into {@link nl.koploper.cohort.cohort.Registration}s (every wrong field a 400 with its path), decides who
 * may see which participant (the object-level check), and changes the cohort through
 * {@link nl.koploper.cohort.cohort.CohortStore}, which retries a registration that lost a race for the last place.
 */
package nl.koploper.cohort.registration;
