package nl.koploper.events.meeting;

/** The kinds of bijeenkomst in a Koploper year and after it. */
public enum MeetingType {
    /** Startbijeenkomst: the cohort meets for the first time, often with a wethouder. */
    KICK_OFF,
    /** A knowledge-exchange meeting during the year. */
    KNOWLEDGE_SESSION,
    /** Participants present their nulmeting results to each other in groups: their advisors are invited too. */
    BASELINE_EXCHANGE,
    /** The closing Koplopersymposium, with external guests and the Koploperprijs. */
    SYMPOSIUM,
    /** An activity of the gemeente's Koplopernetwerk, after the year. */
    NETWORK_ACTIVITY;

    /**
     * Whether the advisors of the cohort's organisations are invited along with the organisations when the meeting
     * invites the whole cohort: the nulmeting exchange discusses the advisors' own work.
     */
    public boolean concernsAdvisors() {
        return this == BASELINE_EXCHANGE;
    }
}
