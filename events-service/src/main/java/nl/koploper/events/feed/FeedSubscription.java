package nl.koploper.events.feed;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The current generation of one feed of a gemeente; a feed URL works only while its token names this generation. Its
 * presence in the gemeente's database is also what makes a genuine token of another gemeente find nothing.
 *
 * @param id {@code COHORT:<cohortId>} or {@code PARTICIPANT:<participantId>}
 */
@Document("feed_subscriptions")
record FeedSubscription(@Id String id, String tenantId, long generation) {
}
