package nl.koploper.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Percentiles by nearest rank, and when in the run the slowest samples were due. */
class LatenciesTest {

    private static final long START = 1_000_000_000_000L;

    @Test
    void theSlowestHundredthIsPlacedInTheRunBySecond() {
        Latencies latencies = new Latencies();
        // 200 samples, one every 100 ms: 5 ms each, except four of 3 s due at seconds 2, 3, 3 and 17.
        for (int i = 0; i < 200; i++) {
            long due = START + TimeUnit.MILLISECONDS.toNanos(100L * i);
            boolean slow = i == 20 || i == 30 || i == 35 || i == 170;
            latencies.record(due, TimeUnit.MILLISECONDS.toNanos(slow ? 3000 : 5));
        }

        assertThat(latencies.percentileMillis(0.5)).isEqualTo(5.0);
        assertThat(latencies.percentileMillis(0.99)).isEqualTo(3000.0);
        // Above the 0.98 quantile: the four slowest of 200.
        assertThat(latencies.slowestFrom(0.98, START)).isEqualTo("2-17 s (median 3 s)");
        assertThat(latencies.slowestFrom(0.0, START)).startsWith("0-19 s");
    }

    @Test
    void saysNothingWithoutSamplesRecordedWithTheirMoment() {
        Latencies latencies = new Latencies();
        latencies.record(TimeUnit.MILLISECONDS.toNanos(5));

        assertThat(latencies.slowestFrom(0.99, START)).isEmpty();
        assertThat(latencies.count()).isEqualTo(1);
    }
}
