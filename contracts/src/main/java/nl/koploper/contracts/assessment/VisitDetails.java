package nl.koploper.contracts.assessment;

/**
 * The on-site nulmeting visit as its recipients see it, the same in every visit event: enough for the mail and its
 * iCalendar VEVENT.
 *
 * @param uid      the iCalendar UID, stable for the case's whole life
 * @param sequence the iCalendar SEQUENCE: 0 when first planned, one higher after each reschedule
 * @param start    ISO-8601 with offset, e.g. {@code 2027-03-18T10:00:00+01:00}: the wall-clock time in {@code timeZone}
 * @param end      ISO-8601 with offset, like {@code start}
 * @param timeZone the IANA zone the visit was planned in, {@code Europe/Amsterdam} (for the VTIMEZONE)
 * @param location where the advisor visits the organisation, one line, e.g. {@code Hoofdstraat 1, 9711 AA Groningen}
 */
public record VisitDetails(String uid, int sequence, String start, String end, String timeZone, String location) {
}
