package nl.koploper.contracts.tenant;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/** A deactivated gemeente was made active again. */
@EventType(value = "nl.koploper.tenant.gemeente-reactivated.v1", topic = Topics.TENANT_EVENTS)
public record GemeenteReactivated(GemeenteProfile gemeente, Instant reactivatedAt) {
}
