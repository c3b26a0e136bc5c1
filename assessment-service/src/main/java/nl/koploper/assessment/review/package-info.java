/**
 * The review of the ISO 26000 issues that the nulmeting and the eindmeting each consist of ({@link
 * nl.koploper.assessment.review.Review}): per issue and per perspective (internal operations, products and services)
 * the relevance for the organisation, the maturity of its current practice (0-4) and the advisor's notes.
 */
package nl.koploper.assessment.review;
