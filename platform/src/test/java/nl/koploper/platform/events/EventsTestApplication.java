package nl.koploper.platform.events;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;

/** A minimal service for the event machinery's tests: one aggregate ({@link Sample}) and its handlers. */
@SpringBootApplication
class EventsTestApplication {

    static final String TOPIC = "eventstest.events.v1";
    static final String DEAD_LETTERS = TOPIC + nl.koploper.contracts.Topics.DEAD_LETTER_SUFFIX;
    /** Only {@link ReplayProbe}s, for the dead-letter replay's test. */
    static final String REPLAY_TOPIC = "eventstest.replay.v1";
    static final String REPLAY_DEAD_LETTERS = REPLAY_TOPIC + nl.koploper.contracts.Topics.DEAD_LETTER_SUFFIX;

    @Bean
    NewTopic eventsTestTopic() {
        return TopicBuilder.name(TOPIC).partitions(2).replicas(1).build();
    }

    @Bean
    NewTopic eventsTestDeadLetters() {
        return TopicBuilder.name(DEAD_LETTERS).partitions(2).replicas(1).build();
    }

    @Bean
    NewTopic replayTopic() {
        return TopicBuilder.name(REPLAY_TOPIC).partitions(2).replicas(1).build();
    }

    @Bean
    NewTopic replayDeadLetters() {
        return TopicBuilder.name(REPLAY_DEAD_LETTERS).partitions(2).replicas(1).build();
    }
}
