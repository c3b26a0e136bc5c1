package nl.koploper.contracts.cohort;

import java.time.Instant;
import java.util.List;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * A cohort's Koploperprijs is made public. The coordinator grants it after the jury's scoring closed, which stays
 * secret (nothing is published), and announces it later, at the symposium's award moment: only then is this event
 * recorded, once. events-service shows the winner on the symposium page, notification-service congratulates the
 * winner and tells the other participants.
 *
 * @param topOfRanking true when the winner is the top of the jury's ranking; false when the coordinator chose
 *                     another participant (the motivation then says why)
 * @param motivation   the coordinator's motivation; always present when {@code topOfRanking} is false
 * @param recipients   every participant placed at the time of the announcement (the winner included)
 * @param grantedAt    when the coordinator granted it (the announcement follows later)
 */
@EventType(value = "nl.koploper.cohort.award-granted.v1", topic = Topics.COHORT_EVENTS)
public record AwardGranted(String tenantId, String cohortId, String cohortName, int year, String participantId,
                           String winnerOrganisationName, ContactDetails winnerContact, boolean topOfRanking,
                           String motivation, List<ParticipantSummary> recipients, Instant grantedAt) {
}
