package nl.koploper.platform.events;

import java.time.Instant;
import nl.koploper.platform.tenancy.TenantId;

/**
 * A consumed event: the envelope read from the CloudEvents headers and the payload as its contract record.
 *
 * @param subject the aggregate id (also the record key)
 */
public record ReceivedEvent<T>(String id, String type, String source, TenantId tenant, Instant time, String subject,
                               T payload) {
}
