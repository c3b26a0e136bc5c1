package nl.koploper.platform.web;

/**
 * A stored document's version as a strong ETag ({@code "3"}): what a client sends back in {@code If-Match}
 * ({@link IfMatch}) so that a resource several people edit refuses a stale write with 412.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(Long version) {
        return "\"" + version + "\"";
    }
}
