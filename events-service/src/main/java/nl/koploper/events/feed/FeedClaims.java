package nl.koploper.events.feed;

import java.util.Objects;
import nl.koploper.platform.tenancy.TenantId;

/**
 * What a feed token vouches for: the feed of this cohort or participant of this gemeente, as long as the feed's
 * current generation is still {@code generation} (revoking the feed raises it, which ends every earlier URL).
 */
record FeedClaims(TenantId gemeente, FeedKind kind, String subjectId, long generation) {

    FeedClaims {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(kind, "kind");
        // The signed text separates the parts with '|'; a part containing one could shift the others.
        if (subjectId == null || subjectId.isBlank() || subjectId.indexOf('|') >= 0) {
            throw new IllegalArgumentException("subjectId must be a non-blank id without '|'; got '" + subjectId + "'");
        }
    }
}
