package nl.koploper.events.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

/** The new time and place of a meeting; both are given, so a client always states the whole of what it wants. */
record RescheduleRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", example = "2027-03-18T15:00",
                description = "Amsterdam wall-clock time; an RFC 3339 time with Z or an offset is converted to "
                        + "the Amsterdam time of that instant") LocalDateTime start,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", example = "2027-03-18T17:00",
                description = "After start; Amsterdam wall-clock time; an RFC 3339 time with Z or an offset is "
                        + "converted to the Amsterdam time of that instant") LocalDateTime end,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Also when it stays the same")
        LocationBody location) {

    record Change(MeetingTime time, Location location) {
    }

    Change toChange() {
        Requests requests = new Requests();
        MeetingTime time = requests.attempt("", () -> Requests.time(start, end));
        Location where = null;
        if (location == null) {
            requests.problem("location", "missing", "Give the address or online link, also when it stays the same");
        } else {
            where = requests.attempt("location", location::toLocation);
        }
        requests.throwIfAny("The new time or place is not valid");
        return new Change(time, where);
    }
}
