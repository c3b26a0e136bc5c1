package nl.koploper.platform.gemeente;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import nl.koploper.contracts.EventHeaders;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;
import nl.koploper.contracts.tenant.GemeenteChanged;
import nl.koploper.contracts.tenant.GemeenteDeactivated;
import nl.koploper.contracts.tenant.GemeenteProfile;
import nl.koploper.contracts.tenant.GemeenteReactivated;
import nl.koploper.contracts.tenant.GemeenteRegistered;
import nl.koploper.platform.events.EventJson;
import nl.koploper.platform.events.RejectedEventException;
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
 * Keeps {@link GemeenteRegistry} from {@link Topics#TENANT_EVENTS}, in a consumer group of its own,
 * {@code <service-name>-gemeenten}: every service reads every tenant event once (its replicas share the group and the
 * shared database the copy lives in), independently of the service's own group and its handlers. Each event carries
 * the whole profile, so applying it is all there is; the registry keeps the highest revision. A record that is not a
 * tenant event of a known type is skipped; a malformed one goes, like any failing event, to the dead-letter topic.
 */
final class GemeenteRegistryListener implements KafkaListenerConfigurer {

    static final String LISTENER_ID = "koploper-gemeente-registry";

    private static final Logger log = LoggerFactory.getLogger(GemeenteRegistryListener.class);

    private static final Map<String, Function<String, GemeenteProfile>> PROFILE_OF = Map.of(
            typeOf(GemeenteRegistered.class), json -> EventJson.read(json, GemeenteRegistered.class).gemeente(),
            typeOf(GemeenteChanged.class), json -> EventJson.read(json, GemeenteChanged.class).gemeente(),
            typeOf(GemeenteDeactivated.class), json -> EventJson.read(json, GemeenteDeactivated.class).gemeente(),
            typeOf(GemeenteReactivated.class), json -> EventJson.read(json, GemeenteReactivated.class).gemeente());

    private final GemeenteRegistry registry;
    private final String groupId;

    GemeenteRegistryListener(GemeenteRegistry registry, String serviceName) {
        this.registry = registry;
        this.groupId = serviceName + "-gemeenten";
    }

    String groupId() {
        return groupId;
    }

    @Override
    public void configureKafkaListeners(KafkaListenerEndpointRegistrar registrar) {
        DefaultMessageHandlerMethodFactory methodFactory = new DefaultMessageHandlerMethodFactory();
        methodFactory.afterPropertiesSet();
        Properties strings = new Properties();
        strings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        strings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        MethodKafkaListenerEndpoint<String, String> endpoint = new MethodKafkaListenerEndpoint<>();
        endpoint.setId(LISTENER_ID);
        endpoint.setGroupId(groupId);
        endpoint.setTopics(Topics.TENANT_EVENTS);
        endpoint.setBean(this);
        endpoint.setMethod(onRecordMethod());
        endpoint.setMessageHandlerMethodFactory(methodFactory);
        endpoint.setConsumerProperties(strings);
        registrar.registerEndpoint(endpoint);
    }

    /** The listener method; public only so the messaging infrastructure can invoke it. */
    public void onRecord(ConsumerRecord<String, String> record) {
        String type = header(record, EventHeaders.TYPE);
        Function<String, GemeenteProfile> profileOf = type == null ? null : PROFILE_OF.get(type);
        if (profileOf == null) {
            log.debug("Skipping {} at {}-{}@{}: not a gemeente registry event", type, record.topic(),
                    record.partition(), record.offset());
            return;
        }
        if (record.value() == null) {
            throw new RejectedEventException("Refused: " + type + " without a payload");
        }
        GemeenteProfile profile;
        try {
            profile = profileOf.apply(record.value());
        } catch (JacksonException e) {
            throw new RejectedEventException("Refused: payload is not a valid " + type + ": " + e.getOriginalMessage(), e);
        }
        if (profile == null || !TenantId.isValid(profile.tenantId())) {
            throw new RejectedEventException("Refused: " + type + " without a valid gemeente slug in its profile");
        }
        if (record.key() != null && !record.key().equals(profile.tenantId())) {
            throw new RejectedEventException("Refused: " + type + " keyed '" + record.key() + "' carries gemeente '"
                    + profile.tenantId() + "'");
        }
        registry.apply(profile);
    }

    private static String typeOf(Class<?> payload) {
        return payload.getAnnotation(EventType.class).value();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Method onRecordMethod() {
        try {
            return GemeenteRegistryListener.class.getMethod("onRecord", ConsumerRecord.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
