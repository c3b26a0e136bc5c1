package nl.koploper.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import nl.koploper.contracts.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Puts a dead letter back on the topic it came from, with its key, value and original headers (the
 * {@code kafka_dlt-*} reason headers stripped), once whatever made it fail is fixed. The key is kept, so it lands on
 * the aggregate's partition again; consumers deduplicate on the event id, so replaying an event that was in fact
 * applied changes nothing.
 */
public class DeadLetterReplayer {

    private static final String DEAD_LETTER_HEADER_PREFIX = "kafka_dlt-";
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(10);

    private final EventSender sender;
    private final ConsumerFactory<?, ?> consumerFactory;

    DeadLetterReplayer(EventSender sender, ConsumerFactory<?, ?> consumerFactory) {
        this.sender = sender;
        this.consumerFactory = consumerFactory;
    }

    /** Replays the dead letter at {@code offset} of {@code partition} of {@code deadLetterTopic}. */
    public RecordMetadata replay(String deadLetterTopic, int partition, long offset) {
        return replay(fetch(new TopicPartition(deadLetterTopic, partition), offset));
    }

    /** Replays a dead letter already read (e.g. by a listener on the dead-letter topic). */
    public RecordMetadata replay(ConsumerRecord<?, ?> deadLetter) {
        ProducerRecord<Object, Object> record = new ProducerRecord<>(originalTopic(deadLetter), null, deadLetter.key(),
                deadLetter.value());
        for (Header header : deadLetter.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADER_PREFIX)) {
                record.headers().add(header);
            }
        }
        try {
            return sender.sendAndWait(record).getRecordMetadata();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Replaying " + describe(deadLetter) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying " + describe(deadLetter), e);
        }
    }

    private ConsumerRecord<byte[], byte[]> fetch(TopicPartition partition, long offset) {
        Properties raw = new Properties();
        raw.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        raw.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        raw.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        raw.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1");
        @SuppressWarnings("unchecked")
        ConsumerFactory<byte[], byte[]> factory = (ConsumerFactory<byte[], byte[]>) consumerFactory;
        // assign() without subscribe and a group of its own: the service's group is never disturbed, nothing committed.
        String group = consumerFactory.getConfigurationProperties().get(ConsumerConfig.GROUP_ID_CONFIG) + "-dead-letter-replay";
        try (Consumer<byte[], byte[]> consumer = factory.createConsumer(group, "dead-letter-replay", null, raw)) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, offset);
            Instant deadline = Instant.now().plus(FETCH_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200)).records(partition)) {
                    if (record.offset() == offset) {
                        return record;
                    }
                }
            }
        }
        throw new IllegalArgumentException("No dead letter at " + partition + "@" + offset);
    }

    private static String originalTopic(ConsumerRecord<?, ?> deadLetter) {
        Header original = deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC);
        if (original != null) {
            return new String(original.value(), StandardCharsets.UTF_8);
        }
        if (deadLetter.topic().endsWith(Topics.DEAD_LETTER_SUFFIX)) {
            return deadLetter.topic().substring(0, deadLetter.topic().length() - Topics.DEAD_LETTER_SUFFIX.length());
        }
        throw new IllegalArgumentException(describe(deadLetter) + " is not a dead letter");
    }

    private static String describe(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
