package nl.koploper.notification.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

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
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method == CalendarMethod.REQUEST ? ImmutableMethod.REQUEST : ImmutableMethod.CANCEL);
        calendar.add(AmsterdamTimeZone.component());
        calendar.add(event(invitation, method));
        return new CalendarMessage(method, invitation.uid(), invitation.sequence(), serialise(calendar));
    }

    private VEvent event(MeetingInvitation invitation, CalendarMethod method) {
        // VEvent(false): the default constructor stamps DTSTAMP with the system clock, and ours comes from the Clock.
        VEvent event = new VEvent(false);
        event.add(new Uid(invitation.uid()));
        event.add(new Sequence(invitation.sequence()));
        event.add(new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new DtStart<>(inAmsterdam(invitation.start())));
        event.add(new DtEnd<>(inAmsterdam(invitation.end())));
        event.add(new Summary(invitation.summary()));
        event.add(new Description(description(invitation, method)));
        event.add(new Location(invitation.location().text()));
        event.add(organizer(invitation.organizer()));
        event.add(attendee(invitation));
        event.add(method == CalendarMethod.CANCEL ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    private static ZonedDateTime inAmsterdam(ZonedDateTime time) {
        // Same instant, Amsterdam wall clock: DTSTART;TZID=Europe/Amsterdam names the VTIMEZONE this object carries.
        return time.withZoneSameInstant(AmsterdamTimeZone.ZONE).truncatedTo(ChronoUnit.SECONDS);
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

    private static Organizer organizer(CalendarParty sender) {
        return new Organizer(new ParameterList(List.of(cn(sender))), sender.mailto());
    }

    private static Attendee attendee(MeetingInvitation invitation) {
        CalendarParty attendee = invitation.attendee();
        List<Parameter> parameters = List.of(
                CuType.INDIVIDUAL,
                new Role(invitation.role().icalValue()),
                // The answer is the attendee's to give (through the RSVP link), so it is still open.
                PartStat.NEEDS_ACTION,
                // No reply is expected from the calendar (RFC 5545 §3.2.17): nobody reads the ORGANIZER's mailbox, and
                // a CANCEL expects none anyway (RFC 5546 §3.2.5).
                Rsvp.FALSE,
                cn(attendee));
        return new Attendee(new ParameterList(parameters), attendee.mailto());
    }

    private static Cn cn(CalendarParty party) {
        // A parameter value may be quoted but cannot contain a DQUOTE or control characters (RFC 5545 §3.1); ical4j
        // quotes values with ',', ';' or ':' itself.
        return new Cn(party.name().replace('"', '\'').replaceAll("\\p{Cntrl}", " "));
    }

    private static String serialise(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("Could not write the calendar object: " + e.getMessage(), e);
        }
        // Undo ical4j's character-count folding and fold again by octets (see OctetFolding).
        String unfolded = out.toString().replace("\r\n ", "").replace("\r\n\t", "");
        return OctetFolding.fold(unfolded);
    }
}
