package nl.koploper.notification.assessment;

import java.time.Clock;
import java.util.List;
import nl.koploper.contracts.assessment.AssessmentRecipient;
import nl.koploper.contracts.assessment.VisitDetails;
import nl.koploper.notification.calendar.AttendeeRole;
import nl.koploper.notification.calendar.CalendarParty;
import nl.koploper.notification.calendar.MeetingCalendarWriter;
import nl.koploper.notification.calendar.MeetingInvitation;
import nl.koploper.notification.calendar.MeetingLocation;
import nl.koploper.notification.compose.EventTimes;
import nl.koploper.notification.compose.MailComposer;
import nl.koploper.notification.compose.MailExtras;
import nl.koploper.notification.compose.Recipient;
import nl.koploper.notification.template.Language;
import nl.koploper.notification.template.MessageType;
import nl.koploper.platform.events.ReceivedEvent;
import nl.koploper.platform.events.RejectedEventException;
import org.springframework.stereotype.Component;

/**
 * The mails of the nulmeting visit: to the participant's contact and to the advisor, each with a calendar REQUEST
 * that keeps the visit's UID and carries its SEQUENCE (0 when planned, higher after each reschedule), so calendars
 * replace the entry. The visit is agreed between advisor and organisation beforehand: the REQUEST asks no reply
 * ({@link MeetingCalendarWriter#appointment}).
 */
@Component
class VisitMails {

    static final String ADVISOR = "ADVISOR";

    private final MailComposer composer;
    private final MeetingCalendarWriter calendars;

    VisitMails(MailComposer composer, Clock clock) {
        this.composer = composer;
        this.calendars = new MeetingCalendarWriter(clock);
    }

    /** @param type {@link MessageType#NULMETING_VISIT_INVITE} or {@link MessageType#NULMETING_VISIT_UPDATE} */
    void send(ReceivedEvent<?> event, MessageType type, String caseId, String organisationName, VisitDetails visit,
              List<AssessmentRecipient> recipients) {
        if (visit == null || visit.uid() == null || visit.uid().isBlank() || visit.sequence() < 0) {
            throw new RejectedEventException("Refused: nulmeting visit of case " + caseId + " without UID or SEQUENCE");
        }
        if (visit.location() == null || visit.location().isBlank()) {
            throw new RejectedEventException("Refused: nulmeting visit of case " + caseId + " without a location");
        }
        if (recipients == null || recipients.isEmpty()) {
            throw new RejectedEventException("Refused: nulmeting visit of case " + caseId + " without recipients");
        }
        EventTimes times = EventTimes.parse(visit.start(), visit.end(), visit.timeZone(), "the visit of case " + caseId);
        AssessmentRecipient advisor = recipients.stream().filter(r -> ADVISOR.equals(r.role())).findFirst()
                .orElse(null);
        String advisorName = advisor == null ? "" : new Recipient(advisor.email(), advisor.name(), null).displayName();
        for (AssessmentRecipient to : recipients) {
            Recipient recipient = AssessmentEventHandlers.recipient(to, "a nulmeting visit of case " + caseId);
            // The contact replies to the advisor who agreed the visit; the advisor's own copy keeps the gemeente's.
            MailExtras extras = advisor == null || to == advisor ? MailExtras.NONE
                    : MailExtras.replyTo(advisor.email());
            composer.compose(event, type, recipient, data -> data
                            .with("organisation.name", organisationName)
                            .withDateTime("visit.start", times.start())
                            .withEnd("visit.end", times.start(), times.end())
                            .with("visit.location", visit.location())
                            .with("advisor.name", advisorName)
                            .with("advisor.email", advisor == null ? null : advisor.email()),
                    organizer -> calendars.appointment(new MeetingInvitation(visit.uid(), visit.sequence(),
                            summary(Language.of(to.locale()), organisationName),
                            description(Language.of(to.locale()), advisorName),
                            times.start(), times.end(), new MeetingLocation.Address(visit.location()), organizer,
                            new CalendarParty(recipient.displayName(), recipient.email()), AttendeeRole.REQUIRED,
                            null)), extras);
        }
    }

    private static String description(Language language, String advisorName) {
        return advisorName.isEmpty() ? "" : (language == Language.EN ? "Advisor: " : "Adviseur: ") + advisorName;
    }

    private static String summary(Language language, String organisationName) {
        String name = organisationName == null || organisationName.isBlank() ? "" : " " + organisationName.strip();
        return (language == Language.EN ? "Baseline assessment visit (nulmeting)" : "Nulmeting") + name;
    }
}
