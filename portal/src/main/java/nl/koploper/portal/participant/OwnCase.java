package nl.koploper.portal.participant;

import java.util.List;
import java.util.Map;
import nl.koploper.portal.api.ApiProblem;
import nl.koploper.portal.api.Gateway;
import org.springframework.core.ParameterizedTypeReference;

/**
 * The signed-in participant's own assessment case: assessment-service lists only the organisation's own, so the first
 * (and only) entry is it. Pages that work on "my" data take the organisation's id from here, never from the address.
 */
final class OwnCase {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private OwnCase() {
    }

    /** The case, or a 404 problem (shown as "Niet gevonden") while the organisation has none yet. */
    static Map<String, Object> of(Gateway gateway) {
        Map<String, Object> found = find(gateway);
        if (found == null) {
            throw new ApiProblem(404, "Not Found", "no case for this participant yet", List.of());
        }
        return found;
    }

    /** The case, or null while the organisation has none yet. */
    static Map<String, Object> find(Gateway gateway) {
        Map<String, Object> cases = gateway.asUser().get(JSON, "/api/assessments/cases");
        List<?> content = cases == null ? List.of() : (List<?>) cases.getOrDefault("content", List.of());
        if (content.isEmpty() || !(content.get(0) instanceof Map<?, ?> summary)) {
            return null;
        }
        return gateway.asUser().get(JSON, "/api/assessments/cases/{id}", summary.get("id"));
    }
}
