package nl.koploper.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a payload record as an event: its versioned CloudEvents type and the topic it is published on. A breaking
 * change to a payload is a new record with a new {@code .vN} type, never an edit of an existing one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** E.g. {@code nl.koploper.cohort.participant-registered.v1}. */
    String value();

    /** One of {@link Topics}. */
    String topic();
}
