package nl.koploper.events.meeting;

/** Why someone is invited: which list they came from. */
public enum InviteeKind {
    /** A contact of an organisation placed in the cohort. */
    PARTICIPANT,
    /** A former Koploper in the gemeente's network. */
    NETWORK_MEMBER,
    /** Anyone invited by e-mail alone: the wethouder, the press, a speaker. */
    GUEST,
    /**
     * The advisor of one or more of the cohort's organisations (its {@code participantId} is the advisor's id, the
     * subject of their login), invited to the meetings that concern advisors.
     */
    ADVISOR
}
