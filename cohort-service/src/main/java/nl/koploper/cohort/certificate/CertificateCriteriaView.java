package nl.koploper.cohort.certificate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.koploper.cohort.cohort.Cohort;
import nl.koploper.cohort.cohort.Participant;

/**
 * The certificate's completion criteria of a cohort, per organisation that takes part (placed): which are met, the
 * coordinator's override with its reason, and whether the certificate was issued.
 *
 * @param minimumMeetingsAttended the gemeente's attendance criterion (0: none)
 */
record CertificateCriteriaView(String cohortId, String status, int minimumMeetingsAttended,
                               List<Organisation> organisations) {

    /**
     * @param meetsCriteria true when every criterion is met
     * @param override      the coordinator's override, or null
     * @param certificateIssued true once it has its certificate (at completion, or on an override after it)
     */
    record Organisation(String participantId, String organisationName, boolean nulmetingCompleted,
                        boolean profilePublished, boolean actionPlanMade, int meetingsAttended,
                        boolean meetsCriteria, Override override, boolean certificateIssued) {
    }

    record Override(String reason, String overriddenBy, Instant overriddenAt) {

        static Override of(CertificateOverride override) {
            return override == null ? null
                    : new Override(override.reason(), override.overriddenBy(), override.overriddenAt());
        }
    }

    static CertificateCriteriaView of(Cohort cohort, Map<String, CompletionFacts.Facts> facts) {
        List<Organisation> organisations = cohort.placed().stream()
                .map(participant -> organisation(cohort, participant, facts.get(participant.id())))
                .toList();
        return new CertificateCriteriaView(cohort.id(), cohort.status().name(), cohort.minimumMeetingsAttended(),
                organisations);
    }

    private static Organisation organisation(Cohort cohort, Participant participant, CompletionFacts.Facts facts) {
        return new Organisation(participant.id(), participant.organisation().name(), facts.nulmetingCompleted(),
                facts.profilePublished(), facts.actionPlanMade(), facts.meetingsAttended(), facts.met(),
                Override.of(cohort.certificateOverride(participant.id())),
                cohort.certificate(participant.id()) != null);
    }
}
