package nl.koploper.contracts;

/** The Kafka topics of the platform: one per publishing service and stream, versioned in the name. */
public final class Topics {

    public static final String COHORT_EVENTS = "cohort.events.v1";
    /** The gemeente registry, keyed by the gemeente's slug; every event carries the whole registration (compactable). */
    public static final String TENANT_EVENTS = "tenant.events.v1";
    public static final String ASSESSMENT_EVENTS = "assessment.events.v1";
    public static final String FOOTPRINT_EVENTS = "footprint.events.v1";
    public static final String MEETING_EVENTS = "meeting.events.v1";

    /**
     * A consumed topic's dead-letter topic is {@code <topic>.dlt}, e.g. {@code cohort.events.v1.dlt}. It has one per
     * consumed topic (shared by the consuming services; the {@code kafka_dlt-original-consumer-group} header says whose).
     */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }
}
