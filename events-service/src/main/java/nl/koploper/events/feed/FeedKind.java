package nl.koploper.events.feed;

/** Whose meetings a feed shows: a cohort's (for the coordinator and whoever they share it with) or one participant's. */
enum FeedKind {
    COHORT("cohorts"), PARTICIPANT("participants");

    /** The path segment of the feed's URL. */
    final String segment;

    FeedKind(String segment) {
        this.segment = segment;
    }
}
