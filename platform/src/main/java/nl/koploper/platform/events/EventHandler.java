package nl.koploper.platform.events;

import java.util.function.Consumer;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;

/**
 * Handles one event type: declare an implementation as a bean and the platform subscribes this service's consumer
 * group to the payload's topic and calls it, with the tenant of the message entered in
 * {@link nl.koploper.platform.tenancy.TenantContext} (and left afterwards). Events of types no handler declares are
 * skipped.
 *
 * <p>Delivery is at least once, so a handler must be idempotent: use {@link AggregateRoot#firstDelivery} for an
 * effect on one aggregate and {@link ProcessedEvents} for anything else. An exception is retried with back-off and then sent to the dead-letter topic;
 * {@link RejectedEventException} goes there at once.
 *
 * @param <T> a payload record annotated with {@link nl.koploper.contracts.EventType}
 */
public interface EventHandler<T> {

    void handle(ReceivedEvent<T> event);

    /** A handler as a lambda, for a {@code @Bean} method: {@code EventHandler.of(CohortStarted.class, e -> ...)}. */
    static <T> EventHandler<T> of(Class<T> payloadType, Consumer<ReceivedEvent<T>> handling) {
        return new EventHandler<>() {
            @Override
            public void handle(ReceivedEvent<T> event) {
                handling.accept(event);
            }

            @Override
            public Class<T> payloadType() {
                return payloadType;
            }
        };
    }

    /** The payload class; resolved from the type argument, override it when that is not visible (a lambda). */
    @SuppressWarnings("unchecked")
    default Class<T> payloadType() {
        Class<?> resolved = ResolvableType.forClass(ClassUtils.getUserClass(getClass()))
                .as(EventHandler.class).resolveGeneric(0);
        if (resolved == null) {
            throw new IllegalStateException(getClass().getName() + " does not say which payload it handles: implement "
                    + "EventHandler<SomePayload> in a class or override payloadType()");
        }
        return (Class<T>) resolved;
    }
}
