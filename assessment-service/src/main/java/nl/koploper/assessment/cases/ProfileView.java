package nl.koploper.assessment.cases;

import java.time.Instant;
import java.util.List;
import nl.koploper.assessment.profile.Finding;
import nl.koploper.assessment.profile.FootprintBasis;
import nl.koploper.assessment.profile.Profile;
import nl.koploper.assessment.profile.ProfileRecommendation;
import nl.koploper.assessment.profile.ProfileStatus;
import nl.koploper.assessment.profile.SubjectScore;

/** One version of the Duurzaamheidsprofiel; {@code caseVersion} is the ETag (the profile lives in the case). */
record ProfileView(String caseId, String organisationName, int version, ProfileStatus status, Integer basedOnVersion,
                   Instant createdAt, Instant updatedAt, Instant publishedAt, List<SubjectScore> scores,
                   List<Finding> strengths, List<Finding> improvements,
                   List<ProfileRecommendation> recommendations, FootprintBasis footprint, Long caseVersion) {

    static ProfileView of(AssessmentCase c, Profile p) {
        return new ProfileView(c.id(), c.organisation().name(), p.version(), p.status(), p.basedOnVersion(),
                p.createdAt(), p.updatedAt(), p.publishedAt(), p.scores(), p.strengths(), p.improvements(),
                p.recommendations(), p.footprint(), c.version());
    }
}
