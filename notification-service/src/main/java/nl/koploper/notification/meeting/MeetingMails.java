package nl.koploper.notification.meeting;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.UnaryOperator;
import nl.koploper.contracts.meeting.MeetingDetails;
import nl.koploper.contracts.meeting.MeetingRecipient;
import nl.koploper.contracts.meeting.MeetingRescheduled;
import nl.koploper.notification.calendar.AttendeeRole;
import nl.koploper.notification.calendar.CalendarParty;
import nl.koploper.notification.calendar.MeetingCalendarWriter;
import nl.koploper.notification.calendar.MeetingInvitation;
import nl.koploper.notification.calendar.MeetingLocation;
import nl.koploper.notification.compose.EventTimes;
import nl.koploper.notification.compose.MailComposer;
import nl.koploper.notification.compose.Recipient;
import nl.koploper.notification.template.MessageData;
import nl.koploper.notification.template.MessageType;
import nl.koploper.platform.events.ReceivedEvent;
import nl.koploper.platform.events.RejectedEventException;
import org.springframework.stereotype.Component;

/**
 * The mails of meeting events: invitation and update with a calendar REQUEST, cancellation with a CANCEL, all with
 * the UID and SEQUENCE events-service gives (it raises SEQUENCE on every reschedule and on the cancellation).
 */
@Component
class MeetingMails {

    private final MailComposer composer;
    private final MeetingCalendarWriter calendars;
    private final Clock clock;

    MeetingMails(MailComposer composer, Clock clock) {
        this.composer = composer;
        this.clock = clock;
        this.calendars = new MeetingCalendarWriter(clock);
    }

    void invite(ReceivedEvent<?> event, MeetingDetails meeting, MeetingRecipient recipient) {
        request(event, MessageType.MEETING_INVITATION, meeting, recipient);
    }

    /**
     * The update says what changed, the previous value next to the new one: the date and time when start or end
     * moved, the place when it moved. A previous value the event does not carry readably is left out (the mail then
     * gives the current details only).
     */
    void update(ReceivedEvent<?> event, MeetingRescheduled rescheduled, MeetingRecipient recipient) {
        MeetingDetails meeting = rescheduled.meeting();
        EventTimes now = times(meeting);
        EventTimes before = previousTimes(rescheduled);
        boolean timeChanged = before != null && !(before.start().toInstant().equals(now.start().toInstant())
                && before.end().toInstant().equals(now.end().toInstant()));
        String previousPlace = previousLocation(rescheduled.previousLocation());
        boolean placeChanged = previousPlace != null && !previousPlace.equals(location(meeting).text());
        request(event, MessageType.MEETING_UPDATE, meeting, recipient, data -> {
            data.withFlag("meeting.timeChanged", timeChanged).withFlag("meeting.locationChanged", placeChanged);
            if (timeChanged) {
                data.withDateTime("meeting.previousStart", before.start())
                        .withEnd("meeting.previousEnd", before.start(), before.end());
            }
            return placeChanged ? data.with("meeting.previousLocation", previousPlace) : data;
        });
    }

    private static EventTimes previousTimes(MeetingRescheduled rescheduled) {
        if (rescheduled.previousStart() == null || rescheduled.previousEnd() == null) {
            return null;
        }
        try {
            return EventTimes.parse(rescheduled.previousStart(), rescheduled.previousEnd(),
                    rescheduled.meeting().timeZone(), "meeting " + rescheduled.meeting().meetingId());
        } catch (RejectedEventException unreadable) {
            return null;
        }
    }

    private static String previousLocation(nl.koploper.contracts.meeting.MeetingLocation previous) {
        if (previous == null) {
            return null;
        }
        if (previous.onlineUrl() != null && !previous.onlineUrl().isBlank()) {
            return previous.onlineUrl().strip();
        }
        return previous.address() == null || previous.address().isBlank() ? null : previous.address().strip();
    }

    void cancel(ReceivedEvent<?> event, MeetingDetails meeting, MeetingRecipient recipient, String reason) {
        EventTimes times = times(meeting);
        composer.compose(event, MessageType.MEETING_CANCELLATION, recipientOf(recipient),
                data -> common(data, meeting, times).with("meeting.reason", reason),
                organizer -> calendars.cancel(invitation(meeting, times, organizer, recipient, null)));
    }

    /**
     * One invitee off a meeting that goes on: a CANCEL for their calendar, worded as what it is. The reason that
     * events-service passes on (often the organisation's own withdrawal reason) belongs to the mail about the
     * participation, not to this one: the meeting is not cancelled.
     */
    void withdrawInvitation(ReceivedEvent<?> event, MeetingDetails meeting, MeetingRecipient recipient) {
        EventTimes times = times(meeting);
        composer.compose(event, MessageType.MEETING_INVITATION_WITHDRAWN, recipientOf(recipient),
                data -> common(data, meeting, times),
                organizer -> calendars.cancel(invitation(meeting, times, organizer, recipient, null)));
    }

    /**
     * The reminder the day before: non-essential, so the composer skips a recipient who unsubscribed and adds the
     * unsubscribe link. No calendar part (the invitation put it in the calendar already); the personal RSVP link, while
     * there is one, lets them still answer or send their regrets.
     *
     * <p>"Today" or "tomorrow" is counted in the meeting's time zone from when the reminder fell due: a meeting planned
     * the same morning is reminded of at once, and must not be called tomorrow's.
     */
    void remind(ReceivedEvent<?> event, MeetingDetails meeting, MeetingRecipient recipient, boolean unanswered,
                Instant dueAt) {
        EventTimes times = times(meeting);
        URI rsvp = rsvpOf(recipient);
        LocalDate dueDay = (dueAt == null ? clock.instant() : dueAt).atZone(times.start().getZone()).toLocalDate();
        long daysAhead = ChronoUnit.DAYS.between(dueDay, times.start().toLocalDate());
        composer.compose(event, MessageType.MEETING_REMINDER, recipientOf(recipient),
                data -> common(data, meeting, times).with("meeting.rsvpUrl", rsvp)
                        // Asked to answer only with a link to answer through.
                        .withFlag("meeting.unanswered", unanswered && rsvp != null)
                        .withFlag("meeting.today", daysAhead <= 0)
                        .withFlag("meeting.tomorrow", daysAhead == 1), null);
    }

    /**
     * A place came free at a full meeting and this invitee, on its waiting list, has it now. No calendar part: the
     * invitation put the meeting in their calendar already; the RSVP link (when the event carries one) lets them give
     * the place back.
     */
    void placeGranted(ReceivedEvent<?> event, MeetingDetails meeting, MeetingRecipient recipient) {
        EventTimes times = times(meeting);
        URI rsvp = rsvpOf(recipient);
        composer.compose(event, MessageType.MEETING_PLACE_GRANTED, recipientOf(recipient),
                data -> common(data, meeting, times).with("meeting.rsvpUrl", rsvp), null);
    }

    private static URI rsvpOf(MeetingRecipient recipient) {
        return recipient.rsvpUrl() == null || recipient.rsvpUrl().isBlank() ? null : uri(recipient.rsvpUrl());
    }

    private void request(ReceivedEvent<?> event, MessageType type, MeetingDetails meeting, MeetingRecipient recipient) {
        request(event, type, meeting, recipient, UnaryOperator.identity());
    }

    private void request(ReceivedEvent<?> event, MessageType type, MeetingDetails meeting, MeetingRecipient recipient,
                         UnaryOperator<MessageData> extra) {
        if (recipient.rsvpUrl() == null || recipient.rsvpUrl().isBlank()) {
            throw new RejectedEventException("Refused: " + type + " for invitation " + recipient.invitationId()
                    + " without the personal RSVP link");
        }
        URI rsvp = uri(recipient.rsvpUrl());
        EventTimes times = times(meeting);
        composer.compose(event, type, recipientOf(recipient),
                data -> extra.apply(common(data, meeting, times).with("meeting.rsvpUrl", rsvp)),
                organizer -> calendars.request(invitation(meeting, times, organizer, recipient, rsvp)));
    }

    private static MessageData common(MessageData data, MeetingDetails meeting, EventTimes times) {
        return data.with("meeting.title", meeting.title())
                .withDateTime("meeting.start", times.start())
                .withEnd("meeting.end", times.start(), times.end())
                .with("meeting.location", location(meeting).text())
                .with("meeting.description", meeting.description());
    }

    private static MeetingInvitation invitation(MeetingDetails meeting, EventTimes times, CalendarParty organizer,
                                                MeetingRecipient recipient, URI rsvp) {
        return new MeetingInvitation(meeting.uid(), meeting.sequence(), meeting.title(), meeting.description(),
                times.start(), times.end(), location(meeting), organizer,
                new CalendarParty(recipientOf(recipient).displayName(), recipient.email().strip()),
                AttendeeRole.REQUIRED, rsvp);
    }

    private static Recipient recipientOf(MeetingRecipient recipient) {
        if (recipient == null || recipient.email() == null || recipient.email().isBlank()) {
            throw new RejectedEventException("Refused: a meeting recipient without an e-mail address");
        }
        return new Recipient(recipient.email(), recipient.name(), recipient.locale());
    }

    private static MeetingLocation location(MeetingDetails meeting) {
        var location = meeting.location();
        if (location != null && location.onlineUrl() != null && !location.onlineUrl().isBlank()) {
            return new MeetingLocation.Online(uri(location.onlineUrl()));
        }
        if (location != null && location.address() != null && !location.address().isBlank()) {
            return new MeetingLocation.Address(location.address());
        }
        throw new RejectedEventException("Refused: meeting " + meeting.meetingId() + " without a location");
    }

    private static EventTimes times(MeetingDetails meeting) {
        return EventTimes.parse(meeting.start(), meeting.end(), meeting.timeZone(), "meeting " + meeting.meetingId());
    }

    private static URI uri(String text) {
        try {
            return URI.create(text.strip());
        } catch (IllegalArgumentException e) {
            throw new RejectedEventException("Refused: '" + text + "' is not a link", e);
        }
    }
}
