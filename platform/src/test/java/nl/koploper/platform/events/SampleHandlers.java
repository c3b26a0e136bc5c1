package nl.koploper.platform.events;

import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The test service's consumers; they remember what they saw so tests can assert on it. */
class SampleHandlers {

    /** Collects every {@link SampleHappened}; fails while its label is in {@link #broken}. */
    @Component
    static class SampleHappenedHandler implements EventHandler<SampleHappened> {

        record Seen(ReceivedEvent<SampleHappened> event, TenantId tenantInContext) {
        }

        final Queue<Seen> seen = new ConcurrentLinkedQueue<>();
        final Set<String> broken = ConcurrentHashMap.newKeySet();

        @Override
        public void handle(ReceivedEvent<SampleHappened> event) {
            if (broken.contains(event.payload().label())) {
                throw new IllegalStateException("Sample handler cannot handle '" + event.payload().label() + "' yet");
            }
            seen.add(new Seen(event, TenantContext.current().orElse(null)));
        }

        List<Seen> withLabel(String label) {
            return seen.stream().filter(s -> s.event().payload().label().equals(label)).toList();
        }
    }

    /** Collects every {@link ReplayProbe}; fails while its label is in {@link #broken}. */
    @Component
    static class ReplayProbeHandler implements EventHandler<ReplayProbe> {

        record Seen(String label, String eventId, TenantId tenantInContext) {
        }

        final Queue<Seen> seen = new ConcurrentLinkedQueue<>();
        final Set<String> broken = ConcurrentHashMap.newKeySet();

        @Override
        public void handle(ReceivedEvent<ReplayProbe> event) {
            if (broken.contains(event.payload().label())) {
                throw new IllegalStateException("Probe handler cannot handle '" + event.payload().label() + "' yet");
            }
            seen.add(new Seen(event.payload().label(), event.id(), TenantContext.current().orElse(null)));
        }

        List<Seen> withLabel(String label) {
            return seen.stream().filter(s -> s.label().equals(label)).toList();
        }
    }

    /** Counts with the helper the payload names. */
    @Component
    static class CountRequestedHandler implements EventHandler<CountRequested> {

        /** The "external" effect of the processed-events variant (think: an e-mail sent). */
        final Queue<String> externalEffects = new ConcurrentLinkedQueue<>();

        private final MongoTemplate mongoTemplate;
        private final ProcessedEvents processedEvents;

        CountRequestedHandler(MongoTemplate mongoTemplate, ProcessedEvents processedEvents) {
            this.mongoTemplate = mongoTemplate;
            this.processedEvents = processedEvents;
        }

        @Override
        public void handle(ReceivedEvent<CountRequested> event) {
            String sampleId = event.payload().sampleId();
            switch (event.payload().variant()) {
                case "processed-events" -> processedEvents.runOnce("sample-counter", event,
                        () -> externalEffects.add(sampleId + "/" + event.id()));
                case "aggregate" -> {
                    Sample sample = mongoTemplate.findById(sampleId, Sample.class);
                    sample.count(event);
                    mongoTemplate.save(sample);
                }
                default -> throw new RejectedEventException("Unknown variant " + event.payload().variant());
            }
        }
    }
}
