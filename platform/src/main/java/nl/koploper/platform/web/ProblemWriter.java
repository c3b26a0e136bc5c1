package nl.koploper.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem straight to a servlet response, for the places that answer before Spring MVC does
 * (security filters, the body size limit, the error page).
 */
public class ProblemWriter {

    /** The Dutch title of each status the platform answers before Spring MVC; others keep the reason phrase. */
    private static final Map<HttpStatus, String> TITLE_KEYS = Map.of(
            HttpStatus.BAD_REQUEST, "title.invalid-request",
            HttpStatus.UNAUTHORIZED, "title.unauthorized",
            HttpStatus.FORBIDDEN, "title.forbidden",
            HttpStatus.NOT_FOUND, "title.not-found",
            HttpStatus.METHOD_NOT_ALLOWED, "title.method-not-allowed",
            HttpStatus.NOT_ACCEPTABLE, "title.not-acceptable",
            HttpStatus.CONTENT_TOO_LARGE, "title.too-large",
            HttpStatus.UNSUPPORTED_MEDIA_TYPE, "title.unsupported-media-type",
            HttpStatus.INTERNAL_SERVER_ERROR, "title.internal-error");

    private final JsonMapper json;
    private final ProblemTexts texts;

    public ProblemWriter(JsonMapper json, ProblemTexts texts) {
        this.json = json;
        this.texts = texts;
    }

    /** The detail in the request's language: the bundle's Dutch under {@code key}, or {@code english}. */
    public String text(HttpServletRequest request, String key, String english, Object... args) {
        return texts.text(request, key, english, args);
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        write(request, response, status, detail, Map.of());
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
                      Map<String, Object> extra) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        String titleKey = TITLE_KEYS.get(status);
        body.put("title", titleKey == null ? status.getReasonPhrase()
                : texts.text(request, titleKey, status.getReasonPhrase()));
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        body.putAll(extra);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
