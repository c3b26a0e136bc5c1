package nl.koploper.platform.web;

/**
 * A stored document's version as a strong ETag ({@code "3"}), and the version an {@code If-Match} header names:
 * how a resource that several people edit refuses a stale write with 412.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(Long version) {
        return "\"" + version + "\"";
    }

    /**
     * @return the version the header names, or null when there is no header or it is {@code *} (any version)
     * @throws PreconditionFailedException when the header names no version of ours
     */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2); // If-Match compares strongly; a weak tag of ours still names a version
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.valueOf(tag);
        } catch (NumberFormatException e) {
            throw new PreconditionFailedException("If-Match " + ifMatch + " is not a version of this resource");
        }
    }
}
