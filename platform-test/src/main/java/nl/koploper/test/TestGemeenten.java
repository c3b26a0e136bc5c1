package nl.koploper.test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import nl.koploper.contracts.tenant.GemeenteProfile;
import org.springframework.context.ApplicationContext;

/**
 * Registers, deactivates and reactivates gemeenten in the service's copy of the gemeente registry, for integration
 * tests: every service refuses tokens of gemeenten it does not know, so a test registers the gemeenten it uses first.
 * It goes through the registry's own {@code apply} (what the service's consumer of {@code tenant.events.v1} calls for
 * each event), with the whole profile and the next revision, as cohort-service would publish it; {@code apply} also
 * forgets the cached answer in this process, so the change counts from the next request on. A bean of every
 * {@link KoploperIntegrationTest} context.
 *
 * <p>The registry is reached by its bean name and methods rather than its type: the platform's own tests use this
 * module, so this module cannot depend on the platform.
 */
public class TestGemeenten {

    private static final String REGISTRY_BEAN = "gemeenteRegistry";

    private final ApplicationContext context;

    public TestGemeenten(ApplicationContext context) {
        this.context = context;
    }

    /** A fresh gemeente slug ({@link TestTokens#newGemeente}), registered and active. */
    public String newGemeente(String prefix) {
        String tenant = TestTokens.newGemeente(prefix);
        register(tenant);
        return tenant;
    }

    /** Makes {@code tenant} a registered, active gemeente (a no-op when it is one already); returns its profile. */
    public GemeenteProfile register(String tenant) {
        Optional<GemeenteProfile> current = profile(tenant);
        if (current.isPresent() && current.get().active()) {
            return current.get();
        }
        GemeenteProfile profile = profile(tenant, true, current.map(GemeenteProfile::revision).orElse(0L) + 1);
        apply(profile);
        return profile;
    }

    /** Deactivates a registered gemeente: from now on its writes are refused. */
    public GemeenteProfile deactivate(String tenant) {
        return setActive(tenant, false);
    }

    public GemeenteProfile reactivate(String tenant) {
        return setActive(tenant, true);
    }

    /** What the service's registry holds for {@code tenant}. */
    @SuppressWarnings("unchecked")
    public Optional<GemeenteProfile> profile(String tenant) {
        return (Optional<GemeenteProfile>) invoke("profile", String.class, tenant);
    }

    /** Stores {@code profile} through the registry's apply; false when it holds the same or a newer revision. */
    public boolean apply(GemeenteProfile profile) {
        return (Boolean) invoke("apply", GemeenteProfile.class, profile);
    }

    /** A complete profile of {@code tenant}, as cohort-service publishes it, with test values for the rest. */
    public static GemeenteProfile profile(String tenant, boolean active, long revision) {
        return new GemeenteProfile(tenant, "Gemeente " + tenant, "Coördinator " + tenant, "koploper@" + tenant + ".example",
                "Koplopers " + tenant, "koploper@" + tenant + ".example", null, "nl", active, revision);
    }

    private GemeenteProfile setActive(String tenant, boolean active) {
        GemeenteProfile current = profile(tenant)
                .orElseThrow(() -> new IllegalStateException("Gemeente '" + tenant + "' is not registered"));
        GemeenteProfile changed = new GemeenteProfile(current.tenantId(), current.displayName(), current.contactName(),
                current.contactEmail(), current.senderName(), current.replyTo(), current.logoUrl(),
                current.defaultLocale(), active, current.revision() + 1);
        apply(changed);
        return changed;
    }

    private Object invoke(String method, Class<?> parameterType, Object argument) {
        Object registry = context.getBean(REGISTRY_BEAN);
        try {
            Method target = registry.getClass().getMethod(method, parameterType);
            return target.invoke(registry, argument);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("The platform's gemeente registry has no public " + method + "("
                    + parameterType.getSimpleName() + ")", e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
