package nl.koploper.platform.tenancy;

import java.util.regex.Pattern;

/** A gemeente's slug, e.g. {@code westerkwartier}: the only tenant identity the platform knows. */
public record TenantId(String value) {

    // Lower-case letters, digits and inner hyphens; short enough that "<service>_<slug>" stays a valid database name.
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

    public TenantId {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new InvalidTenantException(value);
        }
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    public static boolean isValid(String value) {
        return value != null && SLUG.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
