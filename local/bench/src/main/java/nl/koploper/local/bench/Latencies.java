package nl.koploper.local.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies of one phase (nanoseconds) and the answers that were not the expected status. */
final class Latencies {

    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    /** {moment it counts from, latency} in nanoseconds, for the samples recorded with their moment. */
    private final List<long[]> timed = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    void record(long latencyNanos) {
        nanos.add(latencyNanos);
    }

    /** Records a latency with the moment ({@link System#nanoTime()}) it counts from, to place the slowest in the run. */
    void record(long fromNanos, long latencyNanos) {
        record(latencyNanos);
        timed.add(new long[] {fromNanos, latencyNanos});
    }

    /**
     * When the samples above the q-quantile counted from, in seconds since {@code runStartNanos}: "9-14 s (median
     * 11 s)". A tail bunched at the start of the run is a warm-up or a new gemeente's first writes; one spread over the
     * run is the steady state's. Empty without samples recorded with their moment.
     */
    String slowestFrom(double q, long runStartNanos) {
        List<long[]> sorted;
        synchronized (timed) {
            sorted = new ArrayList<>(timed);
        }
        if (sorted.isEmpty()) {
            return "";
        }
        sorted.sort((a, b) -> Long.compare(a[1], b[1]));
        int firstSlow = Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()));
        long[] seconds = sorted.subList(firstSlow, sorted.size()).stream()
                .mapToLong(sample -> (sample[0] - runStartNanos) / 1_000_000_000L).sorted().toArray();
        return seconds[0] + "-" + seconds[seconds.length - 1] + " s (median " + seconds[(seconds.length - 1) / 2]
                + " s)";
    }

    void fail(String what) {
        failures.add(what);
    }

    int count() {
        return nanos.size();
    }

    int failures() {
        return failures.size();
    }

    /** The distinct failure kinds with counts, e.g. "429 x3". */
    String failureSummary() {
        List<String> copy;
        synchronized (failures) {
            copy = new ArrayList<>(failures);
        }
        StringBuilder text = new StringBuilder();
        copy.stream().distinct().forEach(kind -> text.append(text.isEmpty() ? "" : ", ").append(kind).append(" x")
                .append(copy.stream().filter(kind::equals).count()));
        return text.toString();
    }

    /** The q-quantile in milliseconds (nearest rank), or NaN without samples. */
    double percentileMillis(double q) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }
}
