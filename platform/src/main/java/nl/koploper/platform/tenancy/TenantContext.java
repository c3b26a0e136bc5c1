package nl.koploper.platform.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant of the request or message being handled on this thread. Set only by the platform (from the
 * verified token, or from a consumed message's tenant header) and always cleared afterwards.
 */
public final class TenantContext {

    /** The key under which the tenant appears in log lines (MDC). */
    public static final String MDC_KEY = "tenant";

    private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<TenantId> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current tenant, or a {@link MissingTenantException}: never a default. */
    public static TenantId require() {
        TenantId tenant = CURRENT.get();
        if (tenant == null) {
            throw new MissingTenantException();
        }
        return tenant;
    }

    /** Enters {@code tenant} until the returned scope is closed; the previous tenant (if any) is restored then. */
    public static Scope enter(TenantId tenant) {
        if (tenant == null) {
            throw new MissingTenantException();
        }
        TenantId previous = CURRENT.get();
        CURRENT.set(tenant);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    public static void runAs(TenantId tenant, Runnable work) {
        try (Scope ignored = enter(tenant)) {
            work.run();
        }
    }

    public static <T> T callAs(TenantId tenant, Supplier<T> work) {
        try (Scope ignored = enter(tenant)) {
            return work.get();
        }
    }

    /** An entered tenant; closing it leaves the tenant. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
