package nl.koploper.assessment.profile;

import nl.koploper.assessment.catalogue.CoreSubject;
import nl.koploper.assessment.review.Perspective;
import nl.koploper.assessment.review.Relevance;

/** One answer of the review that the profile names as a strength or as something to improve. */
public record Finding(String issueCode, String issueTitle, CoreSubject coreSubject, Perspective perspective,
                      Relevance relevance, int maturity, String notes) {
}
