package nl.koploper.platform.tenancy;

/** A tenant value that is not a well-formed gemeente slug. */
public class InvalidTenantException extends RuntimeException {

    public InvalidTenantException(String value) {
        super("'" + value + "' is not a gemeente slug (lower-case letters, digits and hyphens, at most 40 characters)");
    }
}
