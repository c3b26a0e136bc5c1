package nl.koploper.notification.delivery;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential back-off with jitter for failed sends: the n-th retry waits about {@code initialDelay × multiplier^(n-1)},
 * capped at {@code maxDelay}, give or take {@code jitter} (a fraction) so that a batch that failed together while SMTP
 * was down does not retry together and knock it over again.
 *
 * @param maxAttempts attempts in all, the first included; after the last failure the mail is FAILED
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay,
                          double jitter) {

    /** Eight attempts over roughly three hours: covers an SMTP outage of minutes, and an evening's maintenance. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(8, Duration.ofSeconds(30), 3.0, Duration.ofHours(1), 0.2);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt; got " + maxAttempts);
        }
        if (initialDelay == null || initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("The initial delay must be positive");
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("The multiplier must be at least 1; got " + multiplier);
        }
        if (maxDelay == null || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("The maximum delay must be at least the initial delay");
        }
        if (jitter < 0.0 || jitter >= 1.0) {
            throw new IllegalArgumentException("Jitter is a fraction in [0, 1); got " + jitter);
        }
    }

    /** Whether another attempt may follow the given number of attempts made. */
    public boolean allowsAnotherAfter(int attemptsMade) {
        return attemptsMade < maxAttempts;
    }

    /** The delay before the next attempt, after {@code attemptsMade} failed ones; within {@link #minDelayAfter} and {@link #maxDelayAfter}. */
    public Duration delayAfter(int attemptsMade, RandomGenerator random) {
        double base = baseMillis(attemptsMade);
        double factor = 1.0 + jitter * (2.0 * random.nextDouble() - 1.0);
        return Duration.ofMillis(Math.round(base * factor));
    }

    public Duration minDelayAfter(int attemptsMade) {
        return Duration.ofMillis((long) Math.floor(baseMillis(attemptsMade) * (1.0 - jitter)));
    }

    public Duration maxDelayAfter(int attemptsMade) {
        return Duration.ofMillis((long) Math.ceil(baseMillis(attemptsMade) * (1.0 + jitter)));
    }

    private double baseMillis(int attemptsMade) {
        if (attemptsMade < 1) {
            throw new IllegalArgumentException("A delay follows a failed attempt; got " + attemptsMade + " attempts");
        }
        // Computed in doubles and capped before converting, so a large attempt count cannot overflow.
        double millis = initialDelay.toMillis() * Math.pow(multiplier, attemptsMade - 1);
        return Math.min(millis, maxDelay.toMillis());
    }
}
