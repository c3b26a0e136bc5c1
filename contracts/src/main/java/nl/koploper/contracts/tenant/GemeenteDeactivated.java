package nl.koploper.contracts.tenant;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/** A gemeente was deactivated: its data stays readable to its coordinators, every write is refused. */
@EventType(value = "nl.koploper.tenant.gemeente-deactivated.v1", topic = Topics.TENANT_EVENTS)
public record GemeenteDeactivated(GemeenteProfile gemeente, Instant deactivatedAt) {
}
