package nl.koploper.events.meeting;

/** An invitee's answer to an invitation. */
public enum RsvpResponse {
    /** Not answered yet; also what nobody can answer. */
    NO_REPLY,
    ACCEPTED,
    DECLINED,
    TENTATIVE
}
