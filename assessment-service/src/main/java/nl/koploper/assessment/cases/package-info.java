/**
 * The assessment case of one organisation in one gemeente (the nulmeting): opened by cohort events, the advisor's
 * assignment and on-site visit (with calendar invitations), the ISO 26000 review, the baseline footprint and the
 * Duurzaamheidsprofiel versions, with the HTTP API and its object-level access rules.
 */
package nl.koploper.assessment.cases;
