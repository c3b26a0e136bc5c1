package nl.koploper.events.feed;

/**
 * A feed token this service did not sign, that was changed, or that belongs to another feed: a 401. The message says
 * nothing about which check failed.
 */
class InvalidFeedToken extends RuntimeException {

    InvalidFeedToken() {
        super("This calendar feed address is not valid; copy the subscribe address again from Koploper");
    }
}
