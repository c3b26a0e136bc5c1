package nl.koploper.assessment.profile;

import nl.koploper.assessment.catalogue.OrganisationType;

/**
 * What tailors the recommendations to the organisation.
 *
 * @param sbiCode digits (dots allowed), or null when unknown: then only recommendations for every sector apply
 * @param sizeFte null when unknown: then size filters nothing
 */
public record OrganisationFacts(String sbiCode, OrganisationType type, Double sizeFte) {
}
