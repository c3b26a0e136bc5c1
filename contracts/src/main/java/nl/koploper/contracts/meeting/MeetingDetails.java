package nl.koploper.contracts.meeting;

/**
 * A meeting as its invitees see it, the same in every meeting event: enough for the mail and its iCalendar VEVENT.
 *
 * @param uid         the iCalendar UID, stable for the meeting's whole life
 * @param sequence    the iCalendar SEQUENCE: 0 when first sent, one higher after each reschedule
 * @param type        {@code KICK_OFF}, {@code KNOWLEDGE_SESSION}, {@code BASELINE_EXCHANGE}, {@code SYMPOSIUM} or
 *                    {@code NETWORK_ACTIVITY}; more may be added
 * @param description free text, or null
 * @param start       ISO-8601 with offset, e.g. {@code 2027-03-28T10:00:00+02:00}: the wall-clock time in
 *                    {@code timeZone}
 * @param end         ISO-8601 with offset, like {@code start}
 * @param timeZone    the IANA zone the meeting was planned in, e.g. {@code Europe/Amsterdam} (for the VTIMEZONE)
 * @param capacity    the number of places, or null when there is no limit
 */
public record MeetingDetails(String meetingId, String uid, int sequence, String type, String title,
                             String description, String start, String end, String timeZone,
                             MeetingLocation location, Integer capacity) {
}
