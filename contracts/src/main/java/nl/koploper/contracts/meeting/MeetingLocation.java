package nl.koploper.contracts.meeting;

/**
 * Where a meeting takes place: exactly one of the two is set.
 *
 * @param address   a postal address as one line, e.g. {@code Grote Markt 1, 9712 HN Groningen}, or null
 * @param onlineUrl the link to an online meeting, or null
 */
public record MeetingLocation(String address, String onlineUrl) {
}
