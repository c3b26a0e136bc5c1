/**
 * The organisations' footprints as footprint-service publishes them ({@code FootprintCalculated}): per organisation
 * and year the newest version's totals per scope and theme, from which an assessment case takes its baseline.
 * Footprints are kept apart from the cases because the two topics are not ordered against each other: a footprint
 * may arrive before the cohort event that opens the case, and must not be lost.
 */
package nl.koploper.assessment.footprint;
