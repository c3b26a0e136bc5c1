package nl.koploper.notification.calendar;

/** Whether an attendee is expected at a meeting (ROLE parameter, RFC 5545 §3.2.16). */
public enum AttendeeRole {
    REQUIRED("REQ-PARTICIPANT"),
    OPTIONAL("OPT-PARTICIPANT");

    private final String icalValue;

    AttendeeRole(String icalValue) {
        this.icalValue = icalValue;
    }

    String icalValue() {
        return icalValue;
    }
}
