package nl.koploper.events.feed;

/** A genuine feed token of a feed that has been revoked since (a 410): the subscriber needs the new address. */
class RevokedFeedToken extends RuntimeException {

    RevokedFeedToken() {
        super("This calendar feed address was revoked; ask for the new subscribe address in Koploper");
    }
}
