package nl.koploper.test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * A real OIDC token issuer (mock-oauth2-server with discovery and JWKS) started once per test JVM, and the tokens
 * tests need: good ones per tenant and role, and every kind of bad one.
 */
public final class TestTokens {

    public static final String ISSUER_ID = "koploper";
    public static final String AUDIENCE = "koploper";

    private static volatile MockOAuth2Server server;

    private TestTokens() {
    }

    private static MockOAuth2Server server() {
        if (server == null) {
            synchronized (TestTokens.class) {
                if (server == null) {
                    MockOAuth2Server started = new MockOAuth2Server();
                    started.start();
                    Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
                    server = started;
                }
            }
        }
        return server;
    }

    public static String issuerUri() {
        return trimSlash(server().issuerUrl(ISSUER_ID).toString());
    }

    public static String jwksUri() {
        return server().jwksUrl(ISSUER_ID).toString();
    }

    /** A valid token of a user of {@code tenant} with {@code roles}. */
    public static String token(String tenant, String... roles) {
        return issue(ISSUER_ID, AUDIENCE, claims(tenant, "user@" + tenant + ".example", roles), 3600);
    }

    public static String tokenWithEmail(String tenant, String email, String... roles) {
        return issue(ISSUER_ID, AUDIENCE, claims(tenant, email, roles), 3600);
    }

    /** An Authorization header value for a user of {@code tenant} with {@code roles}. */
    public static String bearer(String tenant, String... roles) {
        return "Bearer " + token(tenant, roles);
    }

    /** A gemeente of its own for one test, so that tests sharing a context never see each other's data. */
    public static String newGemeente(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A Koploper team member: no tenant claim, acts on a gemeente only by naming it. */
    public static String platformAdmin() {
        return issue(ISSUER_ID, AUDIENCE, claims(null, "team@koploper.example", "platform-admin"), 3600);
    }

    /** Any claims at all, signed by the real issuer: for tokens that are valid but odd (no tenant, a bad slug). */
    public static String withClaims(Map<String, Object> claims) {
        return issue(ISSUER_ID, AUDIENCE, claims, 3600);
    }

    public static String expired(String tenant, String... roles) {
        return issue(ISSUER_ID, AUDIENCE, claims(tenant, null, roles), -600);
    }

    public static String wrongAudience(String tenant, String... roles) {
        return issue(ISSUER_ID, "some-other-api", claims(tenant, null, roles), 3600);
    }

    /** Signed by the same server's key for another issuer path: right key material, wrong {@code iss}. */
    public static String wrongIssuer(String tenant, String... roles) {
        return issue("not-koploper", AUDIENCE, claims(tenant, null, roles), 3600);
    }

    /** Correct claims, signed with a key the issuer never published. */
    public static String badlySigned(String tenant, String... roles) {
        try {
            RSAKey foreignKey = new RSAKeyGenerator(2048).keyID("foreign").generate();
            JWTClaimsSet claims = JWTClaimsSet.parse(SignedJWT.parse(token(tenant, roles)).getJWTClaimsSet().toJSONObject());
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(foreignKey.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(foreignKey));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsigned token ({@code alg: none}) with otherwise valid claims. */
    public static String algNone(String tenant, String... roles) {
        String[] parts = token(tenant, roles).split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        return header + "." + parts[1] + ".";
    }

    private static Map<String, Object> claims(String tenant, String email, String... roles) {
        Map<String, Object> claims = new HashMap<>();
        if (tenant != null) {
            claims.put("tenant", tenant);
        }
        if (email != null) {
            claims.put("email", email);
        }
        claims.put("roles", List.of(roles));
        return claims;
    }

    private static String issue(String issuerId, String audience, Map<String, Object> claims, long expirySeconds) {
        SignedJWT jwt = server().issueToken(issuerId, "user-" + UUID.randomUUID(), audience, claims, expirySeconds);
        return jwt.serialize();
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static Date now() {
        return Date.from(Instant.now());
    }
}
