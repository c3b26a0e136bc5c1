package nl.koploper.contracts.tenant;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/** A platform-admin registered a gemeente. */
@EventType(value = "nl.koploper.tenant.gemeente-registered.v1", topic = Topics.TENANT_EVENTS)
public record GemeenteRegistered(GemeenteProfile gemeente, Instant registeredAt) {
}
