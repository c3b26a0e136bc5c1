package nl.koploper.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.koploper.notification.template.MessageType;
import org.junit.jupiter.api.Test;

class DeduplicationKeyTest {

    @Test
    void theSameEventRecipientAndTypeGiveTheSameKey() {
        DeduplicationKey first = DeduplicationKey.of("evt-1", "Jan@Bakkerij.example", MessageType.MEETING_INVITATION);
        DeduplicationKey redelivered = DeduplicationKey.of("evt-1", " jan@bakkerij.example ", MessageType.MEETING_INVITATION);

        assertThat(redelivered).isEqualTo(first);
        assertThat(redelivered.value()).isEqualTo(first.value());
    }

    @Test
    void anotherRecipientTypeOrEventGivesAnotherKey() {
        DeduplicationKey key = DeduplicationKey.of("evt-1", "jan@bakkerij.example", MessageType.MEETING_INVITATION);

        assertThat(DeduplicationKey.of("evt-1", "piet@bakkerij.example", MessageType.MEETING_INVITATION)).isNotEqualTo(key);
        assertThat(DeduplicationKey.of("evt-1", "jan@bakkerij.example", MessageType.MEETING_REMINDER)).isNotEqualTo(key);
        assertThat(DeduplicationKey.of("evt-2", "jan@bakkerij.example", MessageType.MEETING_INVITATION)).isNotEqualTo(key);
    }

    @Test
    void theKeyHoldsNoReadableAddress() {
        DeduplicationKey key = DeduplicationKey.of("evt-1", "jan@bakkerij.example", MessageType.CERTIFICATE);

        assertThat(key.value()).startsWith("evt-1:CERTIFICATE:").doesNotContain("jan", "bakkerij").hasSize(6 + 12 + 64);
    }

    @Test
    void incompleteKeysAreRefused() {
        assertThatThrownBy(() -> DeduplicationKey.of(" ", "jan@x.example", MessageType.CERTIFICATE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeduplicationKey.of("evt", null, MessageType.CERTIFICATE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeduplicationKey.of("evt", "jan@x.example", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
