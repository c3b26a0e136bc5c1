package nl.koploper.events.meeting;

/**
 * Whom a meeting invites from its cohort, as the coordinator chose when planning it. Decides also what happens when an
 * organisation is placed in the cohort later.
 */
public enum InvitationScope {
    /**
     * Every placed participant of the cohort (the default): those placed when it is planned, and those placed later
     * while the meeting is still upcoming.
     */
    COHORT,
    /** Exactly the participants (and guests, network members) the coordinator listed; later placements are not added. */
    SELECTION,
    /** Explicitly nobody ({@code inviteNobody: true}); later placements are not added. */
    NOBODY
}
