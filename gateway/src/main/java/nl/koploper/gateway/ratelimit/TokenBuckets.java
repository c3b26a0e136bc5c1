package nl.koploper.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * In-memory token buckets (Bucket4j), one per key: capacity {@code burst}, refilled continuously at
 * {@code requestsPerSecond}. A bucket left alone long enough to be full again is indistinguishable from a new one, so
 * it expires then; beyond {@code maxKeys} the least used go first (such a key starts again with a full bucket).
 */
final class TokenBuckets {

    /** The outcome of one request: allowed, and if not, after how many whole seconds a token will be available. */
    record Decision(boolean allowed, long remaining, long retryAfterSeconds) {
    }

    private final Bandwidth limit;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    TokenBuckets(double requestsPerSecond, int burst, int maxKeys, LongSupplier nanoClock) {
        if (requestsPerSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("requests-per-second must be > 0 and burst >= 1");
        }
        Duration fullRefill = Duration.ofNanos((long) Math.ceil(burst * TimeUnit.SECONDS.toNanos(1) / requestsPerSecond));
        this.limit = Bandwidth.builder().capacity(burst).refillGreedy(burst, fullRefill).build();
        this.time = new NanoClock(nanoClock);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(fullRefill)
                .ticker(nanoClock::getAsLong)
                .build();
    }

    Decision tryConsume(String key) {
        ConsumptionProbe probe = buckets.get(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Decision(true, probe.getRemainingTokens(), 0);
        }
        long retryAfter = Math.max(1, (long) Math.ceil(probe.getNanosToWaitForRefill() / (double) TimeUnit.SECONDS.toNanos(1)));
        return new Decision(false, 0, retryAfter);
    }

    long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(limit).withCustomTimePrecision(time).build();
    }

    /** The same clock for the buckets' refill and the map's expiry (System::nanoTime; a settable one in tests). */
    private record NanoClock(LongSupplier nanos) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return nanos.getAsLong();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
