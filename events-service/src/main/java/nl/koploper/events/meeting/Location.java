package nl.koploper.events.meeting;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import nl.koploper.contracts.meeting.MeetingLocation;
import nl.koploper.platform.web.InvalidInputException;

/**
 * Where a meeting takes place: a postal address or an online link, exactly one, so an invitation never leaves people
 * guessing whether to travel or to click.
 *
 * @param address   one line, e.g. {@code Grote Markt 1, 9712 HN Groningen}, or null
 * @param onlineUrl an http(s) link to the online meeting, or null
 * @throws InvalidInputException (on construction) naming {@code location}, {@code location.address} or
 *                               {@code location.onlineUrl}
 */
public record Location(String address, String onlineUrl) {

    private static final int MAX_LENGTH = 500;

    public Location {
        address = blankToNull(address);
        onlineUrl = blankToNull(onlineUrl);
        if ((address == null) == (onlineUrl == null)) {
            throw new InvalidInputException("location",
                    "Give either an address or an online link for the meeting, not "
                            + (address == null ? "neither" : "both"));
        }
        if (address != null && address.length() > MAX_LENGTH) {
            throw new InvalidInputException("location.address",
                    "The address is longer than " + MAX_LENGTH + " characters");
        }
        if (onlineUrl != null && !isWebLink(onlineUrl)) {
            throw new InvalidInputException("location.onlineUrl",
                    "'" + onlineUrl + "' is not an http(s) link, e.g. https://teams.microsoft.com/l/meetup-join/…");
        }
    }

    public static Location at(String address) {
        return new Location(address, null);
    }

    public static Location online(String url) {
        return new Location(null, url);
    }

    public boolean isOnline() {
        return onlineUrl != null;
    }

    MeetingLocation toContract() {
        return new MeetingLocation(address, onlineUrl);
    }

    private static boolean isWebLink(String text) {
        if (text.length() > MAX_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return uri.isAbsolute() && uri.getHost() != null
                    && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String toString() {
        return Objects.requireNonNullElse(address, onlineUrl);
    }
}
