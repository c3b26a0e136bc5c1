package nl.koploper.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import nl.koploper.contracts.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Puts this service's dead letters back on the topic they came from, once whatever made them fail is fixed: with
 * their key (so each lands on its aggregate's partition again), value and original headers, the tenant header
 * included ({@code kafka_dlt-*} reason headers stripped). Consumers deduplicate on the event id, so an event that some
 * consumer group did apply changes nothing there when it comes again.
 *
 * <p>A dead-letter topic ({@code <topic>.dlt}) is shared by every service that consumes {@code <topic>}; a replay
 * takes only the dead letters of this service's own consumer groups (header {@code kafka_dlt-original-consumer-group};
 * a dead letter without it is taken too) and passes over the others, which their own service replays. It reads in a
 * consumer group of its own, {@code <service-name>-dead-letter-replay}, from where the previous replay stopped up to
 * the end the topic had when the call began, and commits after each record: a second call replays nothing that the
 * first one did, and a dead letter that fails again lands behind that end and waits for the next call.
 */
public class DeadLetterReplayer {

    /**
     * What one call did.
     *
     * @param deadLetterTopic the dead-letter topic read
     * @param replayed        dead letters of this service put back on the topic they came from
     * @param skipped         dead letters of other services' consumer groups passed over (theirs to replay)
     * @param complete        false when the call stopped at its time limit: call again for the rest
     */
    public record Replay(String deadLetterTopic, int replayed, int skipped, boolean complete) {
    }

    /**
     * A dead-letter topic of this service.
     *
     * @param deadLetterTopic the dead-letter topic, {@code <topic>.dlt}
     * @param topic           the topic its dead letters came from and go back to
     * @param consumerGroups  this service's consumer groups on that topic: their dead letters are replayed
     */
    public record DeadLetterTopic(String deadLetterTopic, String topic, Set<String> consumerGroups) {
    }

    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplayer.class);

    private static final String DEAD_LETTER_HEADER_PREFIX = "kafka_dlt-";
    /** Below the gateway's shortest response timeout (10 s), so an answer always comes. */
    private static final Duration TIME_LIMIT = Duration.ofSeconds(8);
    private static final Duration POLL = Duration.ofMillis(200);

    private final EventSender sender;
    private final ConsumerFactory<?, ?> consumerFactory;
    private final Supplier<Collection<MessageListenerContainer>> listeners;
    private final String replayGroup;

    DeadLetterReplayer(EventSender sender, ConsumerFactory<?, ?> consumerFactory,
                       Supplier<Collection<MessageListenerContainer>> listeners, String serviceName) {
        this.sender = sender;
        this.consumerFactory = consumerFactory;
        this.listeners = listeners;
        this.replayGroup = serviceName + "-dead-letter-replay";
    }

    /** The consumer group whose committed offsets say how far each dead-letter topic has been replayed. */
    public String replayGroup() {
        return replayGroup;
    }

    /** This service's dead-letter topics by name: one per topic a listener of this service subscribes to. */
    public Map<String, DeadLetterTopic> deadLetterTopics() {
        Map<String, Set<String>> groupsByTopic = new TreeMap<>();
        for (MessageListenerContainer container : listeners.get()) {
            String[] topics = container.getContainerProperties().getTopics();
            if (topics == null || container.getGroupId() == null) {
                continue;
            }
            Arrays.stream(topics).forEach(topic ->
                    groupsByTopic.computeIfAbsent(topic, key -> new TreeSet<>()).add(container.getGroupId()));
        }
        Map<String, DeadLetterTopic> deadLetterTopics = new TreeMap<>();
        groupsByTopic.forEach((topic, groups) -> deadLetterTopics.put(topic + Topics.DEAD_LETTER_SUFFIX,
                new DeadLetterTopic(topic + Topics.DEAD_LETTER_SUFFIX, topic, Set.copyOf(groups))));
        return deadLetterTopics;
    }

    /**
     * Replays this service's dead letters on {@code deadLetterTopic} that arrived since the previous replay, up to
     * the topic's end when the call began (one call at a time in this process).
     *
     * @throws IllegalArgumentException when it is not one of {@link #deadLetterTopics()}
     */
    public synchronized Replay replay(String deadLetterTopic) {
        DeadLetterTopic known = deadLetterTopics().get(deadLetterTopic);
        if (known == null) {
            throw new IllegalArgumentException("'" + deadLetterTopic + "' is not a dead-letter topic of this service");
        }
        Properties raw = new Properties();
        raw.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        raw.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        raw.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        raw.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"); // first replay, or offsets past retention
        raw.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false"); // no dead letter yet: nothing to create
        @SuppressWarnings("unchecked")
        ConsumerFactory<byte[], byte[]> factory = (ConsumerFactory<byte[], byte[]>) consumerFactory;
        // assign() without subscribe: no rebalance to wait for; the group only keeps the committed offsets.
        try (Consumer<byte[], byte[]> consumer = factory.createConsumer(replayGroup, "dead-letter-replay", null, raw)) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic).stream()
                    .map(info -> new TopicPartition(deadLetterTopic, info.partition())).toList();
            if (partitions.isEmpty()) {
                return new Replay(deadLetterTopic, 0, 0, true);
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata from = committed.get(partition);
                if (from == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, from.offset());
                }
            }
            Set<TopicPartition> open = new HashSet<>(partitions);
            int replayed = 0;
            int skipped = 0;
            Instant deadline = Instant.now().plus(TIME_LIMIT);
            while (true) {
                open.removeIf(partition -> consumer.position(partition) >= end.get(partition));
                if (open.isEmpty() || !Instant.now().isBefore(deadline)) {
                    break;
                }
                consumer.pause(partitions.stream().filter(partition -> !open.contains(partition)).toList());
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition)) {
                        continue; // arrived during this call (a replayed one failing again, say): the next call's
                    }
                    if (isOf(record, known.consumerGroups())) {
                        replay(record, known.topic());
                        replayed++;
                    } else {
                        skipped++;
                    }
                    consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
                }
            }
            boolean complete = open.isEmpty();
            log.info("Replayed {} dead letter(s) of {} to {} ({} of other services passed over){}", replayed,
                    deadLetterTopic, known.topic(), skipped, complete ? "" : "; stopped at the time limit");
            return new Replay(deadLetterTopic, replayed, skipped, complete);
        }
    }

    private static boolean isOf(ConsumerRecord<?, ?> deadLetter, Set<String> groups) {
        Header group = deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
        return group == null || groups.contains(new String(group.value(), StandardCharsets.UTF_8));
    }

    /** Back to the topic this dead-letter topic belongs to: never to a topic a header names. */
    private void replay(ConsumerRecord<?, ?> deadLetter, String topic) {
        ProducerRecord<Object, Object> record = new ProducerRecord<>(topic, null, deadLetter.key(), deadLetter.value());
        for (Header header : deadLetter.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADER_PREFIX)) {
                record.headers().add(header);
            }
        }
        try {
            sender.sendAndWait(record);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Replaying " + describe(deadLetter) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying " + describe(deadLetter), e);
        }
    }

    private static String describe(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
