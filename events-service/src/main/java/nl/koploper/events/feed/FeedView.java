package nl.koploper.events.feed;

/**
 * A feed's subscribe address: {@code url} for "subscribe by URL" in any calendar application, {@code webcalUrl} for a
 * link that opens the calendar application directly. Whoever has it sees the feed; revoke it to end that.
 */
record FeedView(String url, String webcalUrl) {

    static FeedView of(String url) {
        return new FeedView(url, url.replaceFirst("^https?://", "webcal://"));
    }
}
