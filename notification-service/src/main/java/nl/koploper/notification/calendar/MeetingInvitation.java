package nl.koploper.notification.calendar;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One attendee's view of a meeting, as the calendar message for them carries it.
 *
 * @param uid         stable across the invitation, every update and the cancellation; calendar clients match on it
 * @param sequence    0 for the first invitation, higher with every change that is sent (RFC 5546 §2.1.4)
 * @param start       any zone; written in Europe/Amsterdam, where meetings are planned
 * @param description the body text; the writer makes sure the personal RSVP link is in it
 * @param rsvpUrl     the attendee's personal reply link; required for a REQUEST, null allowed for a CANCEL (there is
 *                    nothing left to answer)
 */
public record MeetingInvitation(String uid, int sequence, String summary, String description, ZonedDateTime start,
                                ZonedDateTime end, MeetingLocation location, CalendarParty organizer,
                                CalendarParty attendee, AttendeeRole role, URI rsvpUrl) {

    public MeetingInvitation {
        if (uid == null || uid.isBlank()) {
            throw new IllegalArgumentException("A meeting invitation needs a stable UID");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("SEQUENCE starts at 0; got " + sequence);
        }
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("A meeting invitation needs a summary");
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.toInstant().isAfter(start.toInstant())) {
            throw new IllegalArgumentException("A meeting ends after it starts; got " + start + " to " + end);
        }
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(attendee, "attendee");
        description = description == null ? "" : description;
        role = role == null ? AttendeeRole.REQUIRED : role;
    }

    /** The same meeting after a change: same UID, the next SEQUENCE. */
    public MeetingInvitation nextRevision(ZonedDateTime newStart, ZonedDateTime newEnd, MeetingLocation newLocation) {
        return new MeetingInvitation(uid, sequence + 1, summary, description, newStart, newEnd, newLocation, organizer,
                attendee, role, rsvpUrl);
    }
}
