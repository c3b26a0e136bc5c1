package nl.koploper.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(6, Duration.ofSeconds(30), 3.0, Duration.ofMinutes(30), 0.2);

    @Test
    void boundsGrowByTheMultiplierAroundTheBase() {
        assertThat(policy.minDelayAfter(1)).isEqualTo(Duration.ofSeconds(24));
        assertThat(policy.maxDelayAfter(1)).isEqualTo(Duration.ofSeconds(36));
        assertThat(policy.minDelayAfter(2)).isEqualTo(Duration.ofSeconds(72));
        assertThat(policy.maxDelayAfter(2)).isEqualTo(Duration.ofSeconds(108));
        assertThat(policy.minDelayAfter(3)).isEqualTo(Duration.ofSeconds(216));
        assertThat(policy.maxDelayAfter(3)).isEqualTo(Duration.ofSeconds(324));
    }

    @Test
    void theDelayIsCappedAtTheMaximumPlusJitter() {
        // 30 s × 3^4 = 40.5 min, above the 30 min cap
        assertThat(policy.minDelayAfter(5)).isEqualTo(Duration.ofMinutes(24));
        assertThat(policy.maxDelayAfter(5)).isEqualTo(Duration.ofMinutes(36));
        assertThat(policy.maxDelayAfter(1_000)).isEqualTo(Duration.ofMinutes(36));
    }

    @Test
    void everyDrawnDelayLiesWithinTheBounds() {
        SplittableRandom random = new SplittableRandom(42);
        for (int attempts = 1; attempts <= 10; attempts++) {
            for (int draw = 0; draw < 1_000; draw++) {
                assertThat(policy.delayAfter(attempts, random))
                        .isBetween(policy.minDelayAfter(attempts), policy.maxDelayAfter(attempts));
            }
        }
    }

    @Test
    void jitterSpreadsDelaysRatherThanRepeatingOne() {
        SplittableRandom random = new SplittableRandom(7);
        long distinct = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> policy.delayAfter(2, random)).distinct().count();
        assertThat(distinct).isGreaterThan(50);
    }

    @Test
    void attemptsRunOutAtTheMaximum() {
        assertThat(policy.allowsAnotherAfter(5)).isTrue();
        assertThat(policy.allowsAnotherAfter(6)).isFalse();
    }

    @Test
    void defaultPolicySpansAboutThreeHours() {
        Duration total = Duration.ZERO;
        for (int attempts = 1; attempts < RetryPolicy.DEFAULT.maxAttempts(); attempts++) {
            total = total.plus(RetryPolicy.DEFAULT.minDelayAfter(attempts));
        }
        assertThat(total).isBetween(Duration.ofHours(2), Duration.ofHours(4));
    }

    @Test
    void nonsensicalPoliciesAreRefused() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), 2, Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(10), 2, Duration.ofSeconds(5), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(1), 0.5, Duration.ofSeconds(5), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(1), 2, Duration.ofSeconds(5), 1.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.delayAfter(0, new SplittableRandom()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
