package nl.koploper.platform.web;

/**
 * A write's {@code If-Match} header, as a controller parameter ({@code IfMatch ifMatch}): how a resource that several
 * people edit refuses a stale write. The header is read when the controller asks for {@link #expectedVersion()}, so
 * a role check ({@code @PreAuthorize}) still answers before a malformed header does.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private final String header;

    /** @param header the header as sent (several values joined by commas), or null when there is none */
    public IfMatch(String header) {
        this.header = header;
    }

    /**
     * @return the version the header names, or null when there is no header or it is {@code *} (any version)
     * @throws PreconditionFailedException (412) when the header names no version of ours
     */
    public Long expectedVersion() {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2); // If-Match compares strongly; a weak tag of ours still names a version
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.valueOf(tag);
        } catch (NumberFormatException e) {
            throw new PreconditionFailedException("If-Match " + header + " is not a version of this resource");
        }
    }
}
