package nl.koploper.contracts.tenant;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/** A gemeente's name, contact, sender, reply-to, logo or locale changed. */
@EventType(value = "nl.koploper.tenant.gemeente-changed.v1", topic = Topics.TENANT_EVENTS)
public record GemeenteChanged(GemeenteProfile gemeente, Instant changedAt) {
}
