package nl.koploper.platform.events;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.contracts.EventType;
import nl.koploper.platform.tenancy.TenantContext;
import org.slf4j.MDC;
import nl.koploper.platform.tenancy.TenantId;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListenerConfigurer;
import org.springframework.kafka.config.KafkaListenerEndpointRegistrar;
import org.springframework.kafka.config.MethodKafkaListenerEndpoint;
import org.springframework.messaging.handler.annotation.support.DefaultMessageHandlerMethodFactory;
import tools.jackson.core.JacksonException;

/**
 * Subscribes this service's consumer group to the topics its {@link EventHandler}s need (through the application's
 * listener container factory, so the platform error handler applies) and turns each record into a
 * {@link ReceivedEvent} for the handlers of its type. The tenant header is checked before anything else and entered
 * for the handlers only; a record without a valid one is rejected to the dead-letter topic.
 */
final class EventDispatcher implements KafkaListenerConfigurer {

    static final String LISTENER_ID_PREFIX = "koploper-events-";

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    private final Map<String, List<EventHandler<Object>>> handlersByType = new LinkedHashMap<>();
    private final Map<String, Class<?>> payloadTypes = new LinkedHashMap<>();
    private final Set<String> topics = new LinkedHashSet<>();

    @SuppressWarnings("unchecked")
    EventDispatcher(List<EventHandler<?>> handlers) {
        for (EventHandler<?> handler : handlers) {
            Class<?> payloadType = handler.payloadType();
            EventType type = payloadType.getAnnotation(EventType.class);
            if (type == null) {
                throw new IllegalStateException(handler.getClass().getName() + " handles " + payloadType.getName()
                        + ", which is not annotated with @EventType");
            }
            handlersByType.computeIfAbsent(type.value(), key -> new ArrayList<>()).add((EventHandler<Object>) handler);
            payloadTypes.put(type.value(), payloadType);
            topics.add(type.topic());
        }
    }

    @Override
    public void configureKafkaListeners(KafkaListenerEndpointRegistrar registrar) {
        DefaultMessageHandlerMethodFactory methodFactory = new DefaultMessageHandlerMethodFactory();
        methodFactory.afterPropertiesSet();
        // Events are JSON text whatever the application configures for its own consumers.
        Properties strings = new Properties();
        strings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        strings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        for (String topic : topics) {
            MethodKafkaListenerEndpoint<String, String> endpoint = new MethodKafkaListenerEndpoint<>();
            endpoint.setId(LISTENER_ID_PREFIX + topic);
            endpoint.setTopics(topic);
            endpoint.setBean(this);
            endpoint.setMethod(onRecordMethod());
            endpoint.setMessageHandlerMethodFactory(methodFactory);
            endpoint.setConsumerProperties(strings);
            registrar.registerEndpoint(endpoint);
        }
    }

    Set<String> topics() {
        return topics;
    }

    /** The listener method of every endpoint; public only so the messaging infrastructure can invoke it. */
    public void onRecord(ConsumerRecord<String, String> record) {
        TenantId tenant = tenantOf(record);
        String type = required(record, EventHeaders.TYPE);
        List<EventHandler<Object>> handlers = handlersByType.get(type);
        if (handlers == null) {
            log.debug("Skipping {} at {}-{}@{}: no handler for this type", type, record.topic(), record.partition(),
                    record.offset());
            return;
        }
        ReceivedEvent<Object> event = new ReceivedEvent<>(required(record, EventHeaders.ID), type,
                header(record, EventHeaders.SOURCE), tenant, time(record), header(record, EventHeaders.SUBJECT),
                payload(record, type));
        try (TenantContext.Scope ignored = TenantContext.enter(tenant)) {
            MDC.put(TenantContext.MDC_KEY, tenant.value()); // log lines of the handling carry the tenant
            for (EventHandler<Object> handler : handlers) {
                handler.handle(event);
            }
        } finally {
            MDC.remove(TenantContext.MDC_KEY);
        }
    }

    private static TenantId tenantOf(ConsumerRecord<String, String> record) {
        String value = header(record, EventHeaders.TENANT);
        if (!TenantId.isValid(value)) {
            throw new RejectedEventException(value == null
                    ? "Refused: no " + EventHeaders.TENANT + " header, so no tenant to process it for"
                    : "Refused: " + EventHeaders.TENANT + " header '" + value + "' is not a gemeente slug");
        }
        return TenantId.of(value);
    }

    private Object payload(ConsumerRecord<String, String> record, String type) {
        Class<?> payloadType = payloadTypes.get(type);
        if (record.value() == null) {
            throw new RejectedEventException("Refused: " + type + " without a payload");
        }
        try {
            return EventJson.read(record.value(), payloadType);
        } catch (JacksonException e) {
            throw new RejectedEventException("Refused: payload is not a valid " + type + " ("
                    + payloadType.getSimpleName() + "): " + e.getOriginalMessage(), e);
        }
    }

    private static Instant time(ConsumerRecord<String, String> record) {
        String value = header(record, EventHeaders.TIME);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new RejectedEventException("Refused: " + EventHeaders.TIME + " '" + value + "' is not ISO-8601", e);
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new RejectedEventException("Refused: no " + name + " header");
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Method onRecordMethod() {
        try {
            return EventDispatcher.class.getMethod("onRecord", ConsumerRecord.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
