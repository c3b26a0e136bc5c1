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
import nl.koploper.portal.api.EmailAddresses;
import nl.koploper.portal.api.FormErrors;
import nl.koploper.portal.home.WallClock;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A meeting as the coordinator's forms edit it: the kind, title and text, a day with Dutch wall-clock times, an
 * address or an online link, the number of places and the invited organisations (participant ids); for a network
 * activity instead whether the whole network is invited and the guests by e-mail. A group's meeting invites all its
 * participants unless the coordinator chooses a selection or, explicitly, nobody. Planning uses all of it,
 * rescheduling only the time and place.
 */
public class MeetingFields {

    /** The kinds a coordinator plans for a group (a network activity belongs to no group). */
    static final List<String> TYPES = List.of("KNOWLEDGE_SESSION", "BASELINE_EXCHANGE", "KICK_OFF", "SYMPOSIUM");

    /**
     * Whom a group's meeting invites: every placed participant (the default; events-service also invites whoever is
     * placed later), the ticked ones, or explicitly nobody.
     */
    static final String INVITE_ALL = "ALL";
    static final String INVITE_SELECTION = "SELECTION";
    static final String INVITE_NOBODY = "NOBODY";
    static final List<String> INVITE_MODES = List.of(INVITE_ALL, INVITE_SELECTION, INVITE_NOBODY);

    /** The one kind planned from the network page: it belongs to no group. */
    static final String NETWORK_ACTIVITY = "NETWORK_ACTIVITY";

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
            default -> apiField.startsWith("invitees.guests") ? "guests"
                    : apiField.startsWith("invitees") ? "invitees" : apiField;
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
    private String inviteMode = INVITE_ALL;
    /** The ticked organisations: who is invited when {@link #inviteMode} is the selection. */
    private List<String> invitees = new ArrayList<>();
    // A network activity's invitees: every current member (as events-service knows them when it plans), and guests,
    // one a line as "name, e-mail address".
    private boolean inviteNetwork = true;
    private String guests = "";
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

    /** An empty network activity: its kind is fixed, and the whole network is invited unless unticked. */
    static MeetingFields networkActivity() {
        MeetingFields form = new MeetingFields();
        form.type = NETWORK_ACTIVITY;
        return form;
    }

    /** Checks the whole plan before the platform sees it (what a person can get wrong by typing). */
    FormErrors checkPlan(MessageSource messages) {
        var locale = LocaleContextHolder.getLocale();
        FormErrors errors = FormErrors.none();
        if (type == null || !TYPES.contains(type)) {
            errors = errors.with("type", messages.getMessage("co.meeting.type.missing", null, locale));
        }
        if (inviteMode == null || !INVITE_MODES.contains(inviteMode)) {
            errors = errors.with("invitees", messages.getMessage("co.meeting.inviteMode.missing", null, locale));
        } else if (INVITE_SELECTION.equals(inviteMode) && (invitees == null || invitees.isEmpty())) {
            errors = errors.with("invitees", messages.getMessage("co.meeting.invitees.noneTicked", null, locale));
        }
        return summed(checkWhatWhenAndWhere(errors, messages), messages);
    }

    /**
     * Checks a network activity's plan: as a group's, and the guests line by line; someone must be invited (the
     * network, a guest or both).
     */
    FormErrors checkNetworkPlan(MessageSource messages) {
        var locale = LocaleContextHolder.getLocale();
        type = NETWORK_ACTIVITY;
        FormErrors errors = checkWhatWhenAndWhere(FormErrors.none(), messages);
        List<String> lines = guestLines();
        for (int n = 0; n < lines.size(); n++) {
            if (guest(lines.get(n)) == null) {
                errors = errors.with("guests", messages.getMessage("co.network.plan.guestLine",
                        new Object[]{n + 1, lines.get(n)}, locale));
                break;
            }
        }
        if (!inviteNetwork && lines.isEmpty()) {
            errors = errors.with("guests", messages.getMessage("co.network.plan.nobody", null, locale));
        }
        return summed(errors, messages);
    }

    private FormErrors checkWhatWhenAndWhere(FormErrors errors, MessageSource messages) {
        var locale = LocaleContextHolder.getLocale();
        if (title == null || title.isBlank()) {
            errors = errors.with("title", messages.getMessage("problem.code.NotBlank", null, locale));
        }
        errors = checkWhenAndWhere(errors, messages);
        if (capacity != null && !capacity.isBlank() && capacityNumber() == null) {
            errors = errors.with("capacity", messages.getMessage("problem.code.Positive", null, locale));
        }
        return errors;
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

    /**
     * The request body of POST /api/meetings; {@code placed}: the cohort's placed participants, to invite from. "All"
     * leaves the participants out, so events-service invites the group as it knows it (also later placements);
     * "nobody" says so explicitly ({@code inviteNobody}), as the API requires for a meeting without invitees.
     */
    Map<String, Object> planBody(String cohortId, List<Map<String, Object>> placed) {
        if (INVITE_ALL.equals(inviteMode)) {
            return body(cohortId, Map.of());
        }
        if (INVITE_NOBODY.equals(inviteMode)) {
            return body(cohortId, Map.of("inviteNobody", true));
        }
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
        return body(cohortId, Map.of("participants", invited));
    }

    /**
     * The request body of POST /api/meetings for a network activity: no group, the whole network as events-service
     * knows it ({@code inviteNetwork}) if ticked, and the guests typed.
     */
    Map<String, Object> networkBody() {
        List<Map<String, Object>> invitedGuests = new ArrayList<>();
        for (String line : guestLines()) {
            invitedGuests.add(guest(line));
        }
        Map<String, Object> invited = new LinkedHashMap<>();
        invited.put("guests", invitedGuests);
        invited.put("inviteNetwork", inviteNetwork);
        return body(null, invited);
    }

    private Map<String, Object> body(String cohortId, Map<String, Object> invited) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cohortId", cohortId);
        body.put("type", type);
        body.put("title", title == null ? null : title.strip());
        body.put("description", description == null || description.isBlank() ? null : description.strip());
        body.put("start", start().toString());
        body.put("end", end().toString());
        body.put("location", location());
        body.put("capacity", capacityNumber());
        body.put("invitees", invited);
        body.put("propose", false);
        return body;
    }

    /** The guest lines typed, without empty ones. */
    private List<String> guestLines() {
        return guests == null ? List.of() : guests.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /**
     * One guest line ("Jan de Vries, jan@example.nl") as the API's GuestInvitee, or null when it is not a name and
     * an address. The last comma separates them: a name may hold one ("Vries, Jan de"), an address cannot.
     */
    private static Map<String, Object> guest(String line) {
        int comma = line.lastIndexOf(',');
        if (comma <= 0) {
            return null;
        }
        String name = line.substring(0, comma).strip();
        String email = line.substring(comma + 1).strip();
        if (name.isEmpty() || !EmailAddresses.isValid(email)) {
            return null;
        }
        Map<String, Object> guest = new LinkedHashMap<>();
        guest.put("name", name);
        guest.put("email", email);
        guest.put("locale", "nl");
        return guest;
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
    public boolean isInviteNetwork() { return inviteNetwork; }
    public void setInviteNetwork(boolean value) { inviteNetwork = value; }
    public String getGuests() { return guests; }
    public void setGuests(String value) { guests = value == null ? "" : value; }
    public String getInviteMode() { return inviteMode; }
    public void setInviteMode(String value) { inviteMode = value; }
    public List<String> getInvitees() { return invitees; }
    public void setInvitees(List<String> value) { invitees = value == null ? new ArrayList<>() : value; }
}
