package nl.koploper.notification.calendar;

import java.net.URI;

/** Where a meeting takes place: a street address, or a link for an online meeting. */
public sealed interface MeetingLocation {

    /** The text for the LOCATION property. */
    String text();

    /** A venue, as people write it: "Zuiderhaven 1, 9711 AA Groningen". */
    record Address(String text) implements MeetingLocation {
        public Address {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("An address location needs the address");
            }
        }
    }

    /** An online meeting; the link is the location, so calendar clients show it where people look for it. */
    record Online(URI url) implements MeetingLocation {
        public Online {
            if (url == null || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
                throw new IllegalArgumentException("An online location needs an http(s) link; got '" + url + "'");
            }
        }

        @Override
        public String text() {
            return url.toString();
        }
    }
}
