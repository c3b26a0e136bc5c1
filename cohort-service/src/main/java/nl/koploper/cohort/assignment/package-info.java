/**
 * The communication assignment (communicatieopdracht), its jury and the Koploperprijs: participants hand in, the
 * cohort's jurors score on the rubric, the coordinator closes scoring and grants the award. The rules are the
 * {@link nl.koploper.cohort.cohort.Cohort}'s; this package is the API and the object-level access.
 */
package nl.koploper.cohort.assignment;
