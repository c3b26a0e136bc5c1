package nl.koploper.platform.security;

/** The roles a token can carry in its {@code roles} claim. */
public final class Roles {

    /** The Koploper team: may act across gemeenten, naming the gemeente explicitly. */
    public static final String PLATFORM_ADMIN = "platform-admin";
    /** Runs the rounds of one gemeente. */
    public static final String COORDINATOR = "coordinator";
    /** Sees only the participants assigned to them. */
    public static final String ADVISOR = "advisor";
    /** Sees only its own organisation. */
    public static final String PARTICIPANT = "participant";
    public static final String JURY = "jury";

    private Roles() {
    }

    /** The Spring authority of a role, for {@code hasAuthority}. */
    public static String authority(String role) {
        return "ROLE_" + role;
    }
}
