package nl.koploper.contracts;

/**
 * The envelope of every event: CloudEvents 1.0 attributes as Kafka headers (binary content mode, Kafka protocol
 * binding) plus the tenant. The record key is the aggregate id ({@link #SUBJECT}), the value the JSON payload.
 */
public final class EventHeaders {

    /** Always {@value #SPEC_VERSION_1_0}. */
    public static final String SPEC_VERSION = "ce_specversion";
    /** Unique per event (a UUID); consumers deduplicate on it. */
    public static final String ID = "ce_id";
    /** The publishing service, e.g. {@code /koploper/cohort-service}. */
    public static final String SOURCE = "ce_source";
    /** Versioned event type, e.g. {@code nl.koploper.cohort.participant-registered.v1}. */
    public static final String TYPE = "ce_type";
    /** When the event happened (recorded by the aggregate), ISO-8601 with offset. */
    public static final String TIME = "ce_time";
    /** The aggregate id, also the record key. */
    public static final String SUBJECT = "ce_subject";
    /** Always {@value #APPLICATION_JSON}. */
    public static final String CONTENT_TYPE = "content-type";
    /** The gemeente slug; a message without a valid one is refused, never processed against a default. */
    public static final String TENANT = "koploper_tenant";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String APPLICATION_JSON = "application/json";

    private EventHeaders() {
    }
}
