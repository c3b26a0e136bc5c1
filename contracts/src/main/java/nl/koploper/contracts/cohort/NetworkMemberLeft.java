package nl.koploper.contracts.cohort;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * A member left the gemeente's Koplopernetwerk: on its own, or removed by the coordinator. Published with the member
 * id as key; consumers stop inviting it.
 *
 * @param removedByCoordinator true when the coordinator removed it
 * @param reason               the coordinator's reason (always present then), or the member's own, or null
 */
@EventType(value = "nl.koploper.cohort.network-member-left.v1", topic = Topics.COHORT_EVENTS)
public record NetworkMemberLeft(String tenantId, String memberId, String organisationName, ContactDetails contact,
                                boolean removedByCoordinator, String reason, Instant leftAt) {
}
