package nl.koploper.platform.events;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of event payloads, deliberately separate from the application's web mapper so that a service's
 * Jackson customisations cannot change what goes over the wire. Public for the platform's own consumers in
 * other packages (the gemeente registry) and for tests that publish hand-made events. Unknown fields are ignored: a consumer must keep
 * working when a publisher adds a field.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventJson() {
    }

    public static String write(Object payload) {
        return MAPPER.writeValueAsString(payload);
    }

    /** @throws tools.jackson.core.JacksonException when {@code json} is not a valid {@code type} */
    public static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }
}
