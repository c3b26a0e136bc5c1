package nl.koploper.platform.web;

import java.net.URI;
import org.springframework.http.ResponseEntity;

/**
 * What a creating request with an {@code Idempotency-Key} created, or, replayed, what the earlier request with the
 * same key created.
 *
 * @param replayed true when an earlier request with the same key created it (this one created nothing)
 */
public record Created<T>(T resource, boolean replayed) {

    public static <T> Created<T> created(T resource) {
        return new Created<>(resource, false);
    }

    public static <T> Created<T> replayed(T resource) {
        return new Created<>(resource, true);
    }

    /** The 201 with its {@code Location}, marked {@code Idempotent-Replayed: true} when it is a replay. */
    public ResponseEntity.BodyBuilder response(URI location) {
        return response(location, replayed);
    }

    /** As {@link #response(URI)}, for a result that carries its own replayed flag. */
    public static ResponseEntity.BodyBuilder response(URI location, boolean replayed) {
        ResponseEntity.BodyBuilder response = ResponseEntity.created(location);
        if (replayed) {
            response.header(IdempotencyKey.REPLAYED_HEADER, "true");
        }
        return response;
    }
}
