/**
 * What cohort-service's participant events mean for the assessments: an organisation placed in a cohort (registered
 * with a place, or promoted from the waiting list) gets an assessment case; one that leaves has its case closed. Each
 * event is applied at most once per case: its id is kept in the case document, written with the effect.
 */
package nl.koploper.assessment.cohort;
