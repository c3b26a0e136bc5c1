package nl.koploper.contracts.cohort;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * An organisation that finished a cohort became a member of its gemeente's Koplopernetwerk. Published with the
 * member id as key (so its joined and left events stay in order); events-service invites members to network
 * activities.
 */
@EventType(value = "nl.koploper.cohort.network-member-joined.v1", topic = Topics.COHORT_EVENTS)
public record NetworkMemberJoined(String tenantId, String memberId, String organisationName, String kvkNumber,
                                  ContactDetails contact, String cohortId, String cohortName, int cohortYear,
                                  Instant joinedAt) {
}
