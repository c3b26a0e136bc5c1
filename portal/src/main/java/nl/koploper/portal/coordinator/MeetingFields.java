package nl.koploper.portal.coordinator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.koploper.portal.api.FormErrors;
import nl.koploper.portal.home.WallClock;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A meeting as the coordinator's forms edit it: the kind, title and text, a day with Dutch wall-clock times, an
 * address or an online link, the number of places and the invited organisations (participant ids). Planning uses
 * all of it, rescheduling only the time and place.
 */
public class MeetingFields {

    /** The kinds a coordinator plans for a group (a network activity belongs to no group). */
    static final List<String> TYPES = List.of("KNOWLEDGE_SESSION", "BASELINE_EXCHANGE", "KICK_OFF", "SYMPOSIUM");

    /** The API's field paths to the form's inputs. */
    static Map<String, String> inputOf(String apiField) {
        if (apiField == null) {
            return Map.of();
        }
        String input = switch (apiField) {
            case "start" -> "startTime";
            case "end" -> "endTime";
            case "location", "location.address" -> "address";
            case "location.onlineUrl" -> "onlineUrl";
            default -> apiField.startsWith("invitees") ? "invitees" : apiField;
        };
        return Map.of(apiField, input);
    }

    /** {@code errors} with every API field path renamed to the input it belongs to. */
    static FormErrors renamed(FormErrors errors) {
        Map<String, String> names = new LinkedHashMap<>();
        errors.fields().keySet().forEach(field -> names.putAll(inputOf(field)));
        return errors.renamed(names);
    }

    private String type = "KNOWLEDGE_SESSION";
    private String title = "";
    private String description = "";
    private String date = "";
    private String startTime = "";
    private String endTime = "";
    private String address = "";
    private String onlineUrl = "";
    private String capacity = "";
    private List<String> invitees = new ArrayList<>();
    /*
     * Made when the empty form is shown and sent along with it, so that a double click (or a resent form) plans the
     * meeting once: events-service answers a repeat with the same Idempotency-Key with the meeting it already made.
     */
    private String requestKey = UUID.randomUUID().toString();

    /** The time and place of an existing meeting, for rescheduling it. */
    static MeetingFields of(Map<String, Object> meeting) {
        MeetingFields form = new MeetingFields();
        form.type = String.valueOf(meeting.get("type"));
        form.title = meeting.get("title") == null ? "" : String.valueOf(meeting.get("title"));
        WallClock planned = WallClock.ofStored(meeting.get("start"), meeting.get("end"));
        form.date = planned.date();
        form.startTime = planned.startTime();
        form.endTime = planned.endTime();
        if (!Boolean.TRUE.equals(meeting.get("locationToBeDecided"))
                && meeting.get("location") instanceof Map<?, ?> location) {
            form.address = location.get("address") == null ? "" : String.valueOf(location.get("address"));
            form.onlineUrl = location.get("onlineUrl") == null ? "" : String.valueOf(location.get("onlineUrl"));
        }
        return form;
    }

    /** Checks the whole plan before the platform sees it (what a person can get wrong by typing). */
    FormErrors checkPlan(MessageSource messages) {
        var locale = LocaleContextHolder.getLocale();
        FormErrors errors = FormErrors.none();
        if (type == null || !TYPES.contains(type)) {
            errors = errors.with("type", messages.getMessage("co.meeting.type.missing", null, locale));
        }
        if (title == null || title.isBlank()) {
            errors = errors.with("title", messages.getMessage("problem.code.NotBlank", null, locale));
        }
        errors = checkWhenAndWhere(errors, messages);
        if (capacity != null && !capacity.isBlank() && capacityNumber() == null) {
            errors = errors.with("capacity", messages.getMessage("problem.code.Positive", null, locale));
        }
        return summed(errors, messages);
    }

    /** Checks the time and place only (rescheduling). */
    FormErrors checkReschedule(MessageSource messages) {
        return summed(checkWhenAndWhere(FormErrors.none(), messages), messages);
    }

    private FormErrors checkWhenAndWhere(FormErrors errors, MessageSource messages) {
        var locale = LocaleContextHolder.getLocale();
        if (parseDate() == null) {
            errors = errors.with("date", messages.getMessage("problem.code.not-a-date", null, locale));
        }
        if (parseTime(startTime) == null) {
            errors = errors.with("startTime", messages.getMessage("problem.code.not-a-time", null, locale));
        }
        if (parseTime(endTime) == null) {
            errors = errors.with("endTime", messages.getMessage("problem.code.not-a-time", null, locale));
        }
        boolean hasAddress = address != null && !address.isBlank();
        boolean hasLink = onlineUrl != null && !onlineUrl.isBlank();
        if (hasAddress == hasLink) {
            errors = errors.with("address", messages.getMessage(hasAddress ? "co.meeting.location.both"
                    : "co.meeting.location.none", null, locale));
        }
        return errors;
    }

    private static FormErrors summed(FormErrors errors, MessageSource messages) {
        return errors.any() ? new FormErrors(messages.getMessage("problem.fields", null,
                LocaleContextHolder.getLocale()), errors.fields()) : errors;
    }

    /** The location as the API takes it: exactly one of address and online link. */
    Map<String, Object> location() {
        Map<String, Object> location = new LinkedHashMap<>();
        if (address != null && !address.isBlank()) {
            location.put("address", address.strip());
        }
        if (onlineUrl != null && !onlineUrl.isBlank()) {
            location.put("onlineUrl", onlineUrl.strip());
        }
        return location;
    }

    /** The request body of POST /api/meetings; {@code placed}: the cohort's placed participants, to invite from. */
    Map<String, Object> planBody(String cohortId, List<Map<String, Object>> placed) {
        Set<String> chosen = Set.copyOf(invitees == null ? List.of() : invitees);
        List<Map<String, Object>> invited = new ArrayList<>();
        for (Map<String, Object> participant : placed) {
            String id = String.valueOf(participant.get("id"));
            if (!chosen.contains(id) || !(participant.get("contact") instanceof Map<?, ?> contact)) {
                continue;
            }
            Map<String, Object> invitee = new LinkedHashMap<>();
            invitee.put("id", id);
            invitee.put("name", contact.get("name"));
            invitee.put("email", contact.get("email"));
            invitee.put("locale", contact.get("locale") == null ? "nl" : contact.get("locale"));
            invited.add(invitee);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cohortId", cohortId);
        body.put("type", type);
        body.put("title", title == null ? null : title.strip());
        body.put("description", description == null || description.isBlank() ? null : description.strip());
        body.put("start", start().toString());
        body.put("end", end().toString());
        body.put("location", location());
        body.put("capacity", capacityNumber());
        body.put("invitees", Map.of("participants", invited));
        body.put("propose", false);
        return body;
    }

    LocalDateTime start() {
        return parseDate().atTime(parseTime(startTime));
    }

    LocalDateTime end() {
        return parseDate().atTime(parseTime(endTime));
    }

    private Integer capacityNumber() {
        if (capacity == null || capacity.isBlank()) {
            return null;
        }
        try {
            int places = Integer.parseInt(capacity.strip());
            return places > 0 ? places : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private LocalDate parseDate() {
        return WallClock.date(date);
    }

    private static LocalTime parseTime(String time) {
        return WallClock.time(time);
    }

    public boolean invited(String participantId) {
        return invitees != null && invitees.contains(participantId);
    }

    public String getRequestKey() { return requestKey; }
    public void setRequestKey(String value) { requestKey = value; }
    public String getType() { return type; }
    public void setType(String value) { type = value; }
    public String getTitle() { return title; }
    public void setTitle(String value) { title = value; }
    public String getDescription() { return description; }
    public void setDescription(String value) { description = value; }
    public String getDate() { return date; }
    public void setDate(String value) { date = value; }
    public String getStartTime() { return startTime; }
    public void setStartTime(String value) { startTime = value; }
    public String getEndTime() { return endTime; }
    public void setEndTime(String value) { endTime = value; }
    public String getAddress() { return address; }
    public void setAddress(String value) { address = value; }
    public String getOnlineUrl() { return onlineUrl; }
    public void setOnlineUrl(String value) { onlineUrl = value; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String value) { capacity = value; }
    public List<String> getInvitees() { return invitees; }
    public void setInvitees(List<String> value) { invitees = value == null ? new ArrayList<>() : value; }
}
