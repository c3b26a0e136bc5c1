package nl.koploper.footprint.consumption;

import nl.koploper.platform.web.PreconditionFailedException;

/** A stored version as a strong ETag ({@code "3"}), and the version an {@code If-Match} header names. */
final class ETags {

    private ETags() {
    }

    static String of(Long version) {
        return "\"" + version + "\"";
    }

    /** @return the version the header names, or null when there is no header or it is {@code *} */
    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.valueOf(tag);
        } catch (NumberFormatException e) {
            throw new PreconditionFailedException("If-Match " + ifMatch + " is not a version of this data");
        }
    }
}
