package nl.koploper.events.meeting;

import java.util.List;

/**
 * The placed participants of the current gemeente's cohorts, as the cohort feature keeps them from cohort-service's
 * events: who is invited when a coordinator plans a meeting without listing participants.
 */
public interface ParticipantDirectory {

    /** Every organisation placed in the cohort now, as a PARTICIPANT invitee (its contact person), in placement order. */
    List<Invitee> placedParticipants(String cohortId);

    /**
     * The advisors of the organisations placed in the cohort now, each once, as ADVISOR invitees: invited along with
     * the organisations to a meeting that concerns them ({@link MeetingType#concernsAdvisors()}).
     */
    List<Invitee> advisors(String cohortId);
}
