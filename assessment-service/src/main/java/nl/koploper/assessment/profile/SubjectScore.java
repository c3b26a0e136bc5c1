package nl.koploper.assessment.profile;

import nl.koploper.assessment.catalogue.CoreSubject;

/**
 * The score of one core subject, 0-100 (see {@link ProfileGenerator} for the formula).
 *
 * @param score           null when no issue of the subject is relevant for the organisation
 * @param answersCounted  how many relevant answers (issue × perspective) the score is made of
 */
public record SubjectScore(CoreSubject subject, String name, Integer score, int answersCounted) {
}
