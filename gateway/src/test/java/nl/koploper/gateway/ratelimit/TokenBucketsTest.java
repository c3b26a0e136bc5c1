package nl.koploper.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    private void advanceMillis(long millis) {
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    void allowsBurstThenRefuses() {
        TokenBuckets buckets = new TokenBuckets(2, 3, 1000, clock::get);

        assertThat(buckets.tryConsume("a").allowed()).isTrue();
        assertThat(buckets.tryConsume("a").allowed()).isTrue();
        assertThat(buckets.tryConsume("a").allowed()).isTrue();
        TokenBuckets.Decision refused = buckets.tryConsume("a");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void keysHaveTheirOwnBuckets() {
        TokenBuckets buckets = new TokenBuckets(1, 1, 1000, clock::get);

        assertThat(buckets.tryConsume("a").allowed()).isTrue();
        assertThat(buckets.tryConsume("a").allowed()).isFalse();
        assertThat(buckets.tryConsume("b").allowed()).isTrue();
    }

    @Test
    void refillsAtTheConfiguredRateUpToTheBurst() {
        TokenBuckets buckets = new TokenBuckets(2, 2, 1000, clock::get);
        buckets.tryConsume("a");
        buckets.tryConsume("a");
        assertThat(buckets.tryConsume("a").allowed()).isFalse();

        advanceMillis(500);
        assertThat(buckets.tryConsume("a").allowed()).isTrue();
        assertThat(buckets.tryConsume("a").allowed()).isFalse();

        advanceMillis(60_000);
        assertThat(buckets.tryConsume("a").remaining()).isEqualTo(1);
    }

    @Test
    void retryAfterIsWholeSecondsUntilTheNextToken() {
        TokenBuckets buckets = new TokenBuckets(0.25, 1, 1000, clock::get);
        buckets.tryConsume("a");

        assertThat(buckets.tryConsume("a").retryAfterSeconds()).isEqualTo(4);
        advanceMillis(2_500);
        assertThat(buckets.tryConsume("a").retryAfterSeconds()).isEqualTo(2);
    }

    @Test
    void idleFullBucketsAreDroppedOnceTheMapIsLarge() {
        TokenBuckets buckets = new TokenBuckets(10, 10, 100, clock::get);
        for (int i = 0; i < 1000; i++) {
            buckets.tryConsume("key-" + i);
        }
        advanceMillis(2_000);
        for (int i = 0; i < 1100; i++) {
            buckets.tryConsume("late");
        }

        assertThat(buckets.size()).isLessThanOrEqualTo(100);
    }

    @Test
    void aBucketIsForgottenOnlyOnceItWouldBeFullAgain() {
        TokenBuckets buckets = new TokenBuckets(1, 2, 1000, clock::get);
        buckets.tryConsume("a");
        buckets.tryConsume("a");

        advanceMillis(1_500);
        assertThat(buckets.size()).isEqualTo(1);
        assertThat(buckets.tryConsume("a").allowed()).isTrue();
        assertThat(buckets.tryConsume("a").allowed()).isFalse();

        advanceMillis(2_001);
        assertThat(buckets.size()).isZero();
    }

    @Test
    void refusesNonsenseLimits() {
        assertThatThrownBy(() -> new TokenBuckets(0, 1, 10, clock::get)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBuckets(1, 0, 10, clock::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
