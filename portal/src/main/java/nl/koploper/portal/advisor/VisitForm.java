package nl.koploper.portal.advisor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import nl.koploper.portal.api.FormErrors;
import nl.koploper.portal.home.WallClock;

/**
 * The nulmeting visit as the advisor types it: a day, a start and end time in Dutch wall-clock time and the address.
 * Everything is kept as text, so a refused value comes back as typed. The API takes wall-clock Europe/Amsterdam
 * date-times without offset ({@code 2027-03-18T10:00}) and names its fields {@code start}, {@code end},
 * {@code location}.
 */
public class VisitForm {

    /** The API's field of each input (a refused start is shown at the day, where most start mistakes are). */
    static final Map<String, String> FIELD_OF = Map.of("start", "date", "end", "endTime", "location", "location");

    private String date = "";
    private String startTime = "";
    private String endTime = "";
    private String location = "";

    /** The form filled with the visit as planned (ISO-8601 with offset), or empty when there is none. */
    @SuppressWarnings("unchecked")
    static VisitForm of(Object visit) {
        VisitForm form = new VisitForm();
        if (!(visit instanceof Map<?, ?> map)) {
            return form;
        }
        Map<String, Object> v = (Map<String, Object>) map;
        WallClock planned = WallClock.ofStored(v.get("start"), v.get("end"));
        form.date = planned.date();
        form.startTime = planned.startTime();
        form.endTime = planned.endTime();
        form.location = v.get("location") == null ? "" : String.valueOf(v.get("location"));
        return form;
    }

    /**
     * What can be seen without asking the platform: a day, two times and an address. {@code text} gives the message
     * of a key in the page's language.
     */
    FormErrors check(Function<String, String> text) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (day() == null) {
            errors.put("date", text.apply("problem.code.not-a-date"));
        }
        if (time(startTime) == null) {
            errors.put("startTime", text.apply("problem.code.not-a-time"));
        }
        if (time(endTime) == null) {
            errors.put("endTime", text.apply("problem.code.not-a-time"));
        } else if (time(startTime) != null && !time(endTime).isAfter(time(startTime))) {
            errors.put("endTime", text.apply("problem.end.not-after-start"));
        }
        if (location == null || location.isBlank()) {
            errors.put("location", text.apply("problem.location.required"));
        }
        return errors.isEmpty() ? FormErrors.none() : new FormErrors(text.apply("problem.fields"), errors);
    }

    /** The API's body: wall-clock times without offset, as the VisitRequest record reads them. */
    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("start", LocalDateTime.of(day(), time(startTime)).toString());
        body.put("end", LocalDateTime.of(day(), time(endTime)).toString());
        body.put("location", location.strip());
        return body;
    }

    /** A day typed as 2027-03-18 (the date input) or the Dutch way, 18-03-2027. */
    LocalDate day() {
        if (date == null) {
            return null;
        }
        String typed = date.strip();
        try {
            return LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(typed, java.time.format.DateTimeFormatter.ofPattern("d-M-uuuu"));
            } catch (DateTimeParseException notDutch) {
                return null;
            }
        }
    }

    /** A time typed as 10:00, 9:30 or 10.00. */
    static LocalTime time(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String t = typed.strip().replace('.', ':');
        try {
            return LocalTime.parse(t.length() == 4 && t.charAt(1) == ':' ? "0" + t : t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String getDate() { return date; }
    public void setDate(String value) { date = value; }
    public String getStartTime() { return startTime; }
    public void setStartTime(String value) { startTime = value; }
    public String getEndTime() { return endTime; }
    public void setEndTime(String value) { endTime = value; }
    public String getLocation() { return location; }
    public void setLocation(String value) { location = value; }
}
