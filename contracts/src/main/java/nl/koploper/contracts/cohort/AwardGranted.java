package nl.koploper.contracts.cohort;

import java.time.Instant;
import java.util.List;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * The coordinator granted a cohort's Koploperprijs, after the jury's scoring closed. events-service announces it at
 * the symposium and notification-service writes to every participant.
 *
 * @param topOfRanking true when the winner is the top of the jury's ranking; false when the coordinator chose
 *                     another participant (the motivation then says why)
 * @param motivation   the coordinator's motivation; always present when {@code topOfRanking} is false
 * @param recipients   every participant placed at the time of the award (the winner included), for the announcement
 */
@EventType(value = "nl.koploper.cohort.award-granted.v1", topic = Topics.COHORT_EVENTS)
public record AwardGranted(String tenantId, String cohortId, String cohortName, int year, String participantId,
                           String winnerOrganisationName, ContactDetails winnerContact, boolean topOfRanking,
                           String motivation, List<ParticipantSummary> recipients, Instant grantedAt) {
}
