package nl.koploper.portal.user;

import java.util.Arrays;
import java.util.Optional;

/** The platform's roles, by the name the token's {@code roles} claim gives them. */
public enum Role {
    PLATFORM_ADMIN("platform-admin", "/beheer"),
    COORDINATOR("coordinator", "/coordinator"),
    ADVISOR("advisor", "/adviseur"),
    PARTICIPANT("participant", "/deelnemer"),
    JURY("jury", "/jury");

    private final String claim;
    private final String home;

    Role(String claim, String home) {
        this.claim = claim;
        this.home = home;
    }

    public static Optional<Role> ofClaim(String claim) {
        return Arrays.stream(values()).filter(role -> role.claim.equals(claim)).findFirst();
    }

    /** The page a person with this role starts on. */
    public String home() {
        return home;
    }
}
