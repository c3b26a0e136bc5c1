package nl.koploper.notification.calendar;

import java.time.Clock;
import nl.koploper.platform.calendar.ICalendarWriter;

/** Writes the iCalendar object for a meeting invitation, update or cancellation, one attendee per message. */
public final class MeetingCalendarWriter {

    static final String PRODUCT_ID = "-//Koploper//notification-service//NL";

    private final Clock clock;

    public MeetingCalendarWriter(Clock clock) {
        this.clock = clock;
    }

    /**
     * A new invitation (SEQUENCE 0) or an update of one (same UID, higher SEQUENCE). It asks no calendar reply
     * ({@code RSVP=FALSE}): the ORGANIZER is the platform's sending address, which nobody reads, so an iTIP REPLY from
     * a calendar's "Accept" would go nowhere. The answer is given through the personal RSVP link, which DESCRIPTION
     * carries (and the mail); METHOD:REQUEST stays, so the meeting lands in the calendar.
     */
    public CalendarMessage request(MeetingInvitation invitation) {
        if (invitation.rsvpUrl() == null) {
            throw new IllegalArgumentException("An invitation or update needs the attendee's RSVP link");
        }
        return write(invitation, CalendarMethod.REQUEST);
    }

    /**
     * A REQUEST for an appointment agreed beforehand, which asks no answer (the nulmeting visit: the advisor plans it
     * with the organisation): no personal reply link needed, {@code RSVP=FALSE} as every REQUEST here. Same UID and
     * rising SEQUENCE rules as {@link #request}.
     */
    public CalendarMessage appointment(MeetingInvitation invitation) {
        return write(invitation, CalendarMethod.REQUEST);
    }

    /**
     * The cancellation. Its SEQUENCE must be higher than the last REQUEST's or clients ignore it; the caller passes the
     * meeting's current sequence after counting the cancellation as a change.
     */
    public CalendarMessage cancel(MeetingInvitation invitation) {
        return write(invitation, CalendarMethod.CANCEL);
    }

    private CalendarMessage write(MeetingInvitation invitation, CalendarMethod method) {
        String content = ICalendarWriter.calendar(PRODUCT_ID, method.name())
                .amsterdamTimeZone()
                .event(invitation.uid(), invitation.sequence(), clock.instant(), invitation.start().toInstant(),
                        invitation.end().toInstant())
                .text("SUMMARY", invitation.summary())
                .text("DESCRIPTION", description(invitation, method))
                .text("LOCATION", invitation.location().text())
                .calendarUser("ORGANIZER", invitation.organizer().name(), invitation.organizer().email())
                .calendarUser("ATTENDEE", invitation.attendee().name(), invitation.attendee().email(),
                        "CUTYPE=INDIVIDUAL",
                        "ROLE=" + invitation.role().icalValue(),
                        // The answer is the attendee's to give (through the RSVP link), so it is still open.
                        "PARTSTAT=NEEDS-ACTION",
                        // No reply is expected from the calendar (RFC 5545 §3.2.17): nobody reads the ORGANIZER's
                        // mailbox, and a CANCEL expects none anyway (RFC 5546 §3.2.5).
                        "RSVP=FALSE")
                .property("STATUS", method == CalendarMethod.CANCEL ? "CANCELLED" : "CONFIRMED")
                .endEvent()
                .end();
        return new CalendarMessage(method, invitation.uid(), invitation.sequence(), content);
    }

    private static String description(MeetingInvitation invitation, CalendarMethod method) {
        String text = invitation.description();
        if (invitation.rsvpUrl() == null) {
            return text;
        }
        String link = invitation.rsvpUrl().toString();
        // The personal link is the only way to answer (no calendar REPLY is read); a cancellation needs no answer.
        if (method == CalendarMethod.REQUEST && !text.contains(link)) {
            return text.isBlank() ? link : text + "\n\n" + link;
        }
        return text;
    }
}
