package nl.koploper.events.meeting;

import java.time.LocalDateTime;

/** The new time and place of a meeting; both are given, so a client always states the whole of what it wants. */
record RescheduleRequest(LocalDateTime start, LocalDateTime end, LocationBody location) {

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
