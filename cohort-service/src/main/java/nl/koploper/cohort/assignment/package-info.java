/**
 * The communication assignment (communicatieopdracht), its jury and the Koploperprijs: participants hand in, the
 * cohort's jurors score on the rubric, the coordinator closes scoring and grants the award. The round's state and
 * rules are an {@link nl.koploper.cohort.assignment.AssignmentRound} held by the
 * {@link nl.koploper.cohort.cohort.Cohort}, which changes it and records its events; this package also holds the
 * round's values, the API and the object-level access.
 */
package nl.koploper.cohort.assignment;
