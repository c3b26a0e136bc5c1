/**
 * Cohorts (Koplopergroepen) and the organisations registered for them. The {@link nl.koploper.cohort.cohort.Cohort}
 * aggregate holds its participants and waiting list in its own document: a cohort has at most ~15 places plus a short
 * waiting list, and keeping them together makes "exactly one registration gets the last place" a matter of one
 * document's optimistic lock rather than of cross-document coordination.
 *
 * <p>Over HTTP ({@code /api/cohorts}): creation with {@code Idempotency-Key} (backed by a unique index on the
 * document's request key), reads with the version as {@code ETag}, lifecycle steps honouring {@code If-Match}.
 * {@link nl.koploper.cohort.cohort.CohortStore} is the only way in or out of the database, for this package and for
 * {@code registration}; every query is scoped to the current gemeente.
 */
package nl.koploper.cohort.cohort;
