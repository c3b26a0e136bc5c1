package nl.koploper.assessment.catalogue;

import java.io.InputStream;
import java.util.List;
import nl.koploper.platform.web.FieldProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a catalogue file strictly: an unknown field (a misspelt {@code sector}) or a value of the wrong JSON type is
 * an error naming its place in the file, not a silently dropped setting.
 */
final class CatalogueJson {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private CatalogueJson() {
    }

    static <T> List<T> readArray(InputStream json, String source, TypeReference<List<T>> type) {
        try {
            List<T> entries = STRICT.readValue(json, type);
            if (entries == null) {
                throw new InvalidCatalogueException(source, List.of(new FieldProblem("", "empty",
                        "The file holds no JSON array")));
            }
            return entries;
        } catch (JacksonException e) {
            String path = e.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? "." + r.getPropertyName() : "[" + r.getIndex() + "]")
                    .reduce("", String::concat);
            throw new InvalidCatalogueException(source, List.of(new FieldProblem(path.startsWith(".")
                    ? path.substring(1) : path, "unreadable", e.getOriginalMessage())));
        }
    }
}
