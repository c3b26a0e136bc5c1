package nl.koploper.local.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies of one phase (nanoseconds) and the answers that were not the expected status. */
final class Latencies {

    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    void record(long latencyNanos) {
        nanos.add(latencyNanos);
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
