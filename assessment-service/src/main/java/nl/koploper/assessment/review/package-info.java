/**
 * The ISO 26000 review of the nulmeting: per issue and per perspective (internal operations, products and services)
 * the relevance for the organisation, the maturity of its current practice (0-4) and the advisor's notes.
 */
package nl.koploper.assessment.review;
