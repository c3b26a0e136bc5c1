/**
 * Cohorts (Koplopergroepen) and the organisations registered for them. The {@link nl.koploper.cohort.cohort.Cohort}
 * aggregate holds its participants and waiting list in its own document: a cohort has at most ~15 places plus a short
 * waiting list, and keeping them together makes "exactly one registration gets the last place" a matter of one
 * document's optimistic lock rather than of cross-document coordination.
 */
package nl.koploper.cohort.cohort;
