package nl.koploper.platform.tenancy;

/** Tenant-scoped work was attempted with no tenant in context: the platform fails closed instead of using a default. */
public class MissingTenantException extends RuntimeException {

    public MissingTenantException() {
        super("This needs a gemeente (tenant) and none was given; a platform-admin names it with the 'tenant' query parameter");
    }
}
