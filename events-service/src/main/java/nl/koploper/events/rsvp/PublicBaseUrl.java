package nl.koploper.events.rsvp;

/**
 * The one public address every link a person gets starts with: the portal ({@code koploper.public-base-url},
 * environment {@code KOPLOPER_PUBLIC_BASE_URL}; locally the portal on port 8070).
 */
final class PublicBaseUrl {

    /** The property's name, as Spring reads it. */
    static final String PROPERTY = "koploper.public-base-url";

    /** Where the portal runs on a developer's machine. */
    static final String DEFAULT = "http://localhost:8070";

    private PublicBaseUrl() {
    }

    /** The address stripped, without trailing slashes; a blank one is the local default. */
    static String normalise(String url) {
        String result = url == null || url.isBlank() ? DEFAULT : url.strip();
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
