package nl.koploper.portal.api;

import java.util.Map;
import java.util.function.Function;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * The platform's API as the portal calls it: always through the gateway, signed-in calls with the user's own access
 * token ({@link #asUser()}), public calls with none ({@link #asPublic()}). A 4xx or 5xx answer becomes an
 * {@link ApiProblem}.
 */
public class Gateway {

    private static final ParameterizedTypeReference<Map<String, Object>> PROBLEM = new ParameterizedTypeReference<>() {
    };

    private final RestClient user;
    private final RestClient anonymous;

    public Gateway(RestClient user, RestClient anonymous) {
        this.user = user;
        this.anonymous = anonymous;
    }

    /** Calls as the signed-in user: the gateway and the services see exactly this person's token. */
    public Calls asUser() {
        return new Calls(user);
    }

    /** Calls without a token: only {@code /api/public/**} answers them. */
    public Calls asPublic() {
        return new Calls(anonymous);
    }

    /** A resource with the version it was read or written at. */
    public record Versioned<T>(T body, String etag) {
    }

    /** GET, POST, PUT and DELETE of JSON, and downloads, with the platform's problems turned into {@link ApiProblem}. */
    public static final class Calls {

        private final RestClient client;

        private Calls(RestClient client) {
            this.client = client;
        }

        public <T> T get(Class<T> type, String path, Object... variables) {
            return call(() -> client.get().uri(path, variables).accept(MediaType.APPLICATION_JSON).retrieve()
                    .body(type));
        }

        public <T> T get(ParameterizedTypeReference<T> type, String path, Object... variables) {
            return call(() -> client.get().uri(path, variables).accept(MediaType.APPLICATION_JSON).retrieve()
                    .body(type));
        }

        public <T> T post(Class<T> type, Object body, String path, Object... variables) {
            return call(() -> {
                var request = client.post().uri(path, variables).accept(MediaType.APPLICATION_JSON);
                if (body != null) {
                    request.contentType(MediaType.APPLICATION_JSON).body(body);
                }
                return request.retrieve().body(type);
            });
        }

        /**
         * A POST that creates something at most once: a repeat with the same {@code idempotencyKey} (a double click,
         * a resent form) gets what the first one made. A missing key (a form from before the key existed) makes this
         * an ordinary POST.
         */
        public <T> T postOnce(String idempotencyKey, Class<T> type, Object body, String path, Object... variables) {
            if (idempotencyKey == null || idempotencyKey.isBlank()) {
                return post(type, body, path, variables);
            }
            return call(() -> client.post().uri(path, variables).accept(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", idempotencyKey.strip())
                    .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(type));
        }

        public <T> T put(Class<T> type, Object body, String path, Object... variables) {
            return call(() -> client.put().uri(path, variables).accept(MediaType.APPLICATION_JSON)
                    .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(type));
        }

        /** A GET that also returns the resource's version (its ETag), for a later change with If-Match. */
        public Versioned<Map<String, Object>> getVersioned(String path, Object... variables) {
            return call(() -> versioned(client.get().uri(path, variables).accept(MediaType.APPLICATION_JSON)
                    .retrieve().toEntity(PROBLEM)));
        }

        /**
         * A POST that changes a resource the platform versions: it carries the version the page showed
         * ({@code If-Match}; none when {@code etag} is null), so a change somebody else made meanwhile is refused
         * (412) instead of overwritten. {@code body} null sends none.
         */
        public Versioned<Map<String, Object>> postIfMatch(String etag, Object body, String path, Object... variables) {
            return send(HttpMethod.POST, etag, body, path, variables);
        }

        /** A PUT of JSON with {@code If-Match} as {@link #postIfMatch}. */
        public Versioned<Map<String, Object>> putIfMatch(String etag, Object body, String path, Object... variables) {
            return send(HttpMethod.PUT, etag, body, path, variables);
        }

        /** A DELETE with {@code If-Match} as {@link #postIfMatch}; the answer's body may be empty. */
        public Versioned<Map<String, Object>> deleteIfMatch(String etag, String path, Object... variables) {
            return send(HttpMethod.DELETE, etag, null, path, variables);
        }

        /** A PUT of a text document (a CSV upload) in {@code contentType}, with {@code If-Match} when given. */
        public Versioned<Map<String, Object>> putText(String etag, MediaType contentType, String text, String path,
                                                      Object... variables) {
            return call(() -> {
                var request = client.put().uri(path, variables).accept(MediaType.APPLICATION_JSON)
                        .contentType(contentType).body(text);
                if (etag != null) {
                    request.header("If-Match", etag);
                }
                return versioned(request.retrieve().toEntity(PROBLEM));
            });
        }

        /** A PUT of a file's raw bytes (an uploaded PDF or image) in {@code contentType}; the answer is JSON. */
        public Map<String, Object> putBytes(MediaType contentType, byte[] bytes, String path, Object... variables) {
            return call(() -> client.put().uri(path, variables).accept(MediaType.APPLICATION_JSON)
                    .contentType(contentType).body(bytes).retrieve().body(PROBLEM));
        }

        private Versioned<Map<String, Object>> send(HttpMethod method, String etag, Object body, String path,
                                                    Object... variables) {
            return call(() -> {
                var request = client.method(method).uri(path, variables).accept(MediaType.APPLICATION_JSON);
                if (etag != null) {
                    request.header("If-Match", etag);
                }
                if (body != null) {
                    request.contentType(MediaType.APPLICATION_JSON).body(body);
                }
                return versioned(request.retrieve().toEntity(PROBLEM));
            });
        }

        private static Versioned<Map<String, Object>> versioned(ResponseEntity<Map<String, Object>> entity) {
            return new Versioned<>(entity.getBody(), entity.getHeaders().getETag());
        }

        /** A file (PDF, CSV, .ics) with its content type and disposition, to hand on to the browser. */
        public ResponseEntity<byte[]> download(String path, Object... variables) {
            return call(() -> client.get().uri(path, variables).retrieve().toEntity(byte[].class));
        }

        private static <T> T call(java.util.function.Supplier<T> request) {
            try {
                return request.get();
            } catch (RestClientResponseException e) {
                throw problemOf(e.getStatusCode(), e::getResponseBodyAs);
            }
        }

        private static ApiProblem problemOf(HttpStatusCode status,
                                            Function<ParameterizedTypeReference<Map<String, Object>>, Map<String, Object>> body) {
            Map<String, Object> problem;
            try {
                problem = body.apply(PROBLEM);
            } catch (RuntimeException unreadable) {
                problem = null; // not problem+json (a proxy's HTML page, an empty body): the status says enough
            }
            return ApiProblem.of(status.value(), problem);
        }
    }
}
