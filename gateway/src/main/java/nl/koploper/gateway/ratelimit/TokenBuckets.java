package nl.koploper.gateway.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * In-memory token buckets, one per key: capacity {@code burst}, refilled continuously at {@code requestsPerSecond}.
 * Memory stays bounded by the keys active within one refill period: a bucket that has been idle long enough to be
 * full again is indistinguishable from a new one and is dropped when the map grows past {@code maxKeys}.
 */
final class TokenBuckets {

    /** The outcome of one request: allowed, and if not, after how many whole seconds a token will be available. */
    record Decision(boolean allowed, long remaining, long retryAfterSeconds) {
    }

    private final double ratePerNano;
    private final double capacity;
    private final long fullRefillNanos;
    private final int maxKeys;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();

    TokenBuckets(double requestsPerSecond, int burst, int maxKeys, LongSupplier nanoClock) {
        if (requestsPerSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("requests-per-second must be > 0 and burst >= 1");
        }
        this.ratePerNano = requestsPerSecond / TimeUnit.SECONDS.toNanos(1);
        this.capacity = burst;
        this.fullRefillNanos = (long) Math.ceil(burst / ratePerNano);
        this.maxKeys = maxKeys;
        this.nanoClock = nanoClock;
    }

    Decision tryConsume(String key) {
        long now = nanoClock.getAsLong();
        if (calls.incrementAndGet() % 1024 == 0 && buckets.size() > maxKeys) {
            buckets.values().removeIf(bucket -> bucket.idleSince(now) > fullRefillNanos);
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(capacity, now)).tryConsume(now);
    }

    int size() {
        return buckets.size();
    }

    private final class Bucket {

        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedAt = now;
        }

        synchronized Decision tryConsume(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return new Decision(true, (long) tokens, 0);
            }
            double missingNanos = (1 - tokens) / ratePerNano;
            long retryAfter = Math.max(1, (long) Math.ceil(missingNanos / TimeUnit.SECONDS.toNanos(1)));
            return new Decision(false, 0, retryAfter);
        }

        synchronized long idleSince(long now) {
            return now - updatedAt;
        }

        private void refill(long now) {
            long elapsed = now - updatedAt;
            if (elapsed > 0) {
                tokens = Math.min(capacity, tokens + elapsed * ratePerNano);
                updatedAt = now;
            }
        }
    }
}
