package nl.koploper.events.meeting;

/** The kinds of bijeenkomst in a Koploper year and after it. */
public enum MeetingType {
    /** Startbijeenkomst: the cohort meets for the first time, often with a wethouder. */
    KICK_OFF,
    /** A knowledge-exchange meeting during the year. */
    KNOWLEDGE_SESSION,
    /** Participants present their nulmeting results to each other in groups. */
    BASELINE_EXCHANGE,
    /** The closing Koplopersymposium, with external guests and the Koploperprijs. */
    SYMPOSIUM,
    /** An activity of the gemeente's Koplopernetwerk, after the year. */
    NETWORK_ACTIVITY
}
