package nl.koploper.gateway.security;

/** Names of the platform's token claims and roles the gateway looks at. */
public final class JwtClaims {

    public static final String TENANT = "tenant";
    public static final String ROLES = "roles";
    public static final String PLATFORM_ADMIN = "platform-admin";

    private JwtClaims() {
    }
}
