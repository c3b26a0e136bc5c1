package nl.koploper.assessment.cases;

/** A case in a list: who, where it stands, who advises and when the visit is. */
record CaseSummary(String id, String cohortId, String participantId, String organisationName, CaseStatus status,
                   String advisorId, String advisorName, String visitStart, Long version) {

    static CaseSummary of(AssessmentCase c) {
        return new CaseSummary(c.id(), c.cohortId(), c.participantId(), c.organisation().name(), c.status(),
                c.advisor() == null ? null : c.advisor().id(), c.advisor() == null ? null : c.advisor().name(),
                c.visit() == null ? null : c.visit().startIso(), c.version());
    }
}
