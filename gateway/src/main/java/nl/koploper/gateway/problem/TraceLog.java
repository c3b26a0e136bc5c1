package nl.koploper.gateway.problem;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import reactor.core.publisher.Mono;

/**
 * Writes a log line with the request's trace context (traceId, spanId in the line's MDC). The gateway runs with
 * {@code spring.reactor.context-propagation: limited}: restoring the trace context around every reactive operator
 * ({@code auto}) cost a tenth of its throughput, for the three log lines it writes, all on error paths. Those restore it
 * here, from the Reactor context where the request's observation lives.
 */
public final class TraceLog {

    private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

    private TraceLog() {
    }

    /** Runs {@code logging} with the trace context of the subscribing request, then completes. */
    public static Mono<Void> write(Runnable logging) {
        return Mono.deferContextual(context -> {
            try (ContextSnapshot.Scope ignored = SNAPSHOTS.setThreadLocalsFrom(context)) {
                logging.run();
            }
            return Mono.empty();
        });
    }
}
