package nl.koploper.notification.meeting;

import static nl.koploper.notification.TestMeetings.kickOff;
import static nl.koploper.notification.TestMeetings.meetingEvent;
import static nl.koploper.notification.TestMeetings.recipient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.koploper.contracts.meeting.MeetingDetails;
import nl.koploper.contracts.meeting.MeetingLocation;
import nl.koploper.contracts.meeting.MeetingInvitationAdded;
import nl.koploper.contracts.meeting.MeetingInvitationCancelled;
import nl.koploper.contracts.meeting.MeetingPlaceGranted;
import nl.koploper.contracts.meeting.MeetingRecipient;
import nl.koploper.contracts.meeting.MeetingReminderDue;
import nl.koploper.notification.AbstractIT;
import nl.koploper.notification.ReceivedMail;
import nl.koploper.notification.TestMeetings;
import nl.koploper.notification.TestSmtp;
import nl.koploper.notification.TestUnsubscribe;
import nl.koploper.notification.unsubscribe.Unsubscriptions;
import nl.koploper.test.KoploperIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Meeting events in, mail out through GreenMail: one mail per recipient however often an event is delivered, and
 * calendar parts that ical4j parses, whose METHOD matches the MIME type, with the UID kept and SEQUENCE rising from
 * invitation to update to cancellation; reminders worded for who has not answered; a place that came free announced.
 */
@KoploperIntegrationTest
class MeetingMailIT extends AbstractIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Value("${koploper.notification.from-address}")
    String fromAddress;
    @Autowired
    Unsubscriptions unsubscriptions;

    String gemeente;
    String meetingId;

    @BeforeEach
    void setUp() {
        gemeente = gemeenten.newGemeente("meet");
        meetingId = "meeting-" + UUID.randomUUID();
    }

    @Test
    void theSameEventDeliveredTwiceSendsOneMailPerRecipient() throws Exception {
        List<MeetingRecipient> to = List.of(recipient(address("anna"), "nl"), recipient(address("bob"), "en"));
        var scheduled = TestMeetings.scheduled(gemeente, kickOff(meetingId, 0), to);
        String eventId = events.publish(gemeente, meetingId, scheduled);
        events.publish(eventId, gemeente, meetingId, scheduled); // the redelivery

        awaitMails(address("anna"), 1);
        awaitMails(address("bob"), 1);
        // A marker event after the redelivery: once its mail is here, the redelivery has surely been handled.
        String marker = address("marker");
        events.publish(gemeente, meetingId, TestMeetings.scheduled(gemeente, kickOff(meetingId, 0),
                List.of(recipient(marker, "nl"))));
        awaitMails(marker, 1);

        // The log has one mail per recipient (the marker shares the partition, so the redelivery was handled first).
        assertThat(api.deliveriesTo(gemeente, address("anna"))).hasSize(1);
        assertThat(api.deliveriesTo(gemeente, address("bob"))).hasSize(1);
        assertThat(ReceivedMail.to(address("anna"))).hasSize(1);
        assertThat(ReceivedMail.to(address("bob"))).hasSize(1);
        ReceivedMail dutch = ReceivedMail.to(address("anna")).get(0);
        ReceivedMail english = ReceivedMail.to(address("bob")).get(0);
        assertThat(dutch.subject()).contains("Startbijeenkomst Koploperproject");
        assertThat(dutch.text("text/plain")).contains("dinsdag 9 maart 2027 om 19:30");
        assertThat(english.text("text/plain")).contains("Tuesday 9 March 2027 at 19:30");
    }

    @Test
    void invitationUpdateAndCancellationKeepTheUidAndRaiseTheSequence() throws Exception {
        String person = address("carla");
        List<MeetingRecipient> to = List.of(recipient(person, "nl"));
        MeetingDetails meeting = kickOff(meetingId, 0);
        events.publish(gemeente, meetingId, TestMeetings.scheduled(gemeente, meeting, to));
        awaitMails(person, 1);
        var rescheduled = TestMeetings.rescheduled(gemeente, meeting, to);
        events.publish(gemeente, meetingId, rescheduled);
        awaitMails(person, 2);
        events.publish(gemeente, meetingId, TestMeetings.cancellation(gemeente, rescheduled.meeting(), to));
        awaitMails(person, 3);

        List<ReceivedMail> mails = ReceivedMail.to(person);
        ReceivedMail invitation = bySequence(mails, 0);
        ReceivedMail update = bySequence(mails, 1);
        ReceivedMail cancellation = bySequence(mails, 2);
        for (ReceivedMail mail : mails) {
            assertThat(mail.contentType()).startsWith("multipart/alternative");
            assertThat(mail.partTypes()).containsExactly("text/plain", "text/html", "text/calendar");
            assertThat(mail.calendarContentTypeMethod()).isEqualTo(mail.calendarMethod());
            assertThat(mail.uid()).isEqualTo(meeting.uid());
            assertThat(mail.part("text/calendar").orElseThrow().getContentType().toLowerCase())
                    .contains("charset=utf-8");
        }
        assertThat(invitation.calendarMethod()).isEqualTo("REQUEST");
        assertThat(update.calendarMethod()).isEqualTo("REQUEST");
        assertThat(cancellation.calendarMethod()).isEqualTo("CANCEL");
        assertThat(update.event().getProperty("LOCATION").orElseThrow().getValue()).contains("Raadhuisplein 1");
        assertThat(invitation.text("text/plain")).contains(to.get(0).rsvpUrl());
        assertThat(invitation.calendar().getComponents("VTIMEZONE")).hasSize(1);

        // The update says what changed, the old value and the new one: here both the date and the place.
        assertThat(update.subject()).isEqualTo("Gewijzigd: Startbijeenkomst Koploperproject");
        assertThat(update.text("text/plain")).contains("Datum en tijd gewijzigd:",
                "was:  dinsdag 9 maart 2027 om 19:30 tot 21:30",
                "nu:   dinsdag 16 maart 2027 om 19:30 tot 21:30",
                "Locatie gewijzigd:", "was:  Hooiweg 1, 9801 LA Zuidhorn", "nu:   Raadhuisplein 1, 9801 AA Zuidhorn");
        assertThat(update.text("text/html")).contains("Datum en tijd gewijzigd", "Locatie gewijzigd",
                "<s>Hooiweg 1, 9801 LA Zuidhorn</s>");
    }

    @Test
    void anUpdateNamesOnlyWhatChanged() {
        String dutch = address("dora");
        String english = address("eric");
        MeetingDetails before = kickOff(meetingId, 0);
        MeetingDetails elsewhere = new MeetingDetails(before.meetingId(), before.uid(), 1, before.type(),
                before.title(), before.description(), before.start(), before.end(), before.timeZone(),
                new MeetingLocation(null, "https://meet.example.nl/koploper"), before.capacity());
        events.publish(gemeente, meetingId, TestMeetings.rescheduled(gemeente, before, elsewhere,
                List.of(recipient(dutch, "nl"), recipient(english, "en"))));
        awaitMails(dutch, 1);
        awaitMails(english, 1);

        String text = ReceivedMail.to(dutch).get(0).text("text/plain");
        assertThat(text).contains("Locatie gewijzigd:", "was:  Hooiweg 1, 9801 LA Zuidhorn",
                "nu:   https://meet.example.nl/koploper").doesNotContain("Datum en tijd gewijzigd");
        assertThat(ReceivedMail.to(english).get(0).text("text/plain")).contains("Location changed:",
                "was:  Hooiweg 1, 9801 LA Zuidhorn").doesNotContain("Date and time changed");
        assertThat(ReceivedMail.to(dutch).get(0).sequence()).isEqualTo(1);
    }

    /**
     * The invitation asks no reply from the calendar: nobody reads the ORGANIZER's address (the platform's sending
     * address). A reply that a calendar client sends anyway (an iTIP REPLY as Outlook builds it from the invitation,
     * RFC 5546 §3.2.3, sent per RFC 6047 to the ORGANIZER) would go to that address and carries no RSVP token: nothing
     * the platform processes. The way to answer is the personal link, in the mail and in the event's DESCRIPTION.
     */
    @Test
    void theInvitationAsksNoCalendarReplyAndAReplySentAnywayReachesNothingThePlatformReads() throws Exception {
        MeetingRecipient invitee = recipient(address("fenna"), "nl");
        MeetingDetails meeting = kickOff(meetingId, 0);
        events.publish(gemeente, meetingId, TestMeetings.scheduled(gemeente, meeting, List.of(invitee)));
        awaitMails(invitee.email(), 1);
        ReceivedMail invitation = ReceivedMail.to(invitee.email()).get(0);

        VEvent event = invitation.event();
        assertThat(invitation.calendarMethod()).isEqualTo("REQUEST");
        List<Property> attendees = event.getProperties("ATTENDEE");
        assertThat(attendees).isNotEmpty().allSatisfy(attendee -> {
            assertThat(attendee.getParameter("RSVP").map(Parameter::getValue).orElse("FALSE")).isEqualTo("FALSE");
            assertThat(attendee.getParameter("PARTSTAT").map(Parameter::getValue)).contains("NEEDS-ACTION");
        });
        assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue()).contains(invitee.rsvpUrl());
        assertThat(invitation.text("text/plain")).contains(invitee.rsvpUrl(), "komt niet bij ons aan");

        Property organizer = event.getProperty("ORGANIZER").orElseThrow();
        String fromHeader = invitation.header("From");
        assertThat(organizer.getValue()).isEqualTo("mailto:" + fromAddress);
        assertThat(fromHeader).contains("<" + fromAddress + ">")
                .contains(organizer.getParameter("CN").orElseThrow().getValue());

        // What Outlook sends on "Accept" anyway: METHOD:REPLY, the same UID and SEQUENCE, the ORGANIZER copied and the
        // one ATTENDEE with its answer, mailed to the ORGANIZER.
        Calendar reply = new Calendar();
        reply.add(new ProdId("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"));
        reply.add(ImmutableVersion.VERSION_2_0);
        reply.add(ImmutableMethod.REPLY);
        VEvent answer = new VEvent(false);
        answer.add(new Uid(event.getProperty("UID").orElseThrow().getValue()));
        answer.add(new Sequence(event.getProperty("SEQUENCE").orElseThrow().getValue()));
        answer.add(new DtStamp(Instant.parse("2027-01-10T11:00:00Z")));
        answer.add(new Organizer(organizer.getParameterList(), organizer.getValue()));
        answer.add(new Attendee(new ParameterList(List.of(PartStat.ACCEPTED,
                new Cn(attendees.get(0).getParameter("CN").orElseThrow().getValue()))), attendees.get(0).getValue()));
        reply.add(answer);
        StringWriter written = new StringWriter();
        new CalendarOutputter(true).output(reply, written);
        Calendar parsed = new CalendarBuilder().build(new StringReader(written.toString()));
        VEvent parsedAnswer = parsed.<VEvent>getComponents("VEVENT").get(0);

        String replyGoesTo = parsedAnswer.getProperty("ORGANIZER").orElseThrow().getValue()
                .replaceFirst("(?i)^mailto:", "");
        assertThat(parsed.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REPLY");
        assertThat(parsedAnswer.getProperty("UID").orElseThrow().getValue()).isEqualTo(meeting.uid());
        // Addressed to the platform's sending address, not to anyone who reads mail (the gemeente's Reply-To)...
        assertThat(replyGoesTo).isEqualTo(fromAddress);
        String replyTo = invitation.header("Reply-To");
        if (replyTo != null) {
            assertThat(replyTo).doesNotContain(replyGoesTo);
        }
        // ...and without the personal token, the one thing by which the platform recognises an answer.
        String token = invitee.rsvpUrl().substring(invitee.rsvpUrl().lastIndexOf('/') + 1);
        assertThat(written.toString()).doesNotContain(token).doesNotContain(invitee.rsvpUrl());
    }

    @Test
    void anAddedOrWithdrawnInviteeAloneGetsTheInvitationOrCancellation() {
        MeetingDetails meeting = kickOff(meetingId, 1);
        MeetingRecipient late = recipient(address("late"), "nl");
        events.publish(gemeente, meetingId, meetingEvent(MeetingInvitationAdded.class, gemeente, meeting)
                .with("recipient", late).with("addedAt", "2027-01-11T10:00:00Z").read());
        awaitMails(late.email(), 1);
        ReceivedMail invitation = ReceivedMail.to(late.email()).get(0);
        assertThat(invitation.calendarMethod()).isEqualTo("REQUEST");
        assertThat(invitation.sequence()).isEqualTo(1);

        MeetingDetails after = TestMeetings.cancelled(meeting);
        events.publish(gemeente, meetingId, meetingEvent(MeetingInvitationCancelled.class, gemeente, after)
                .with("recipient", TestMeetings.withoutRsvp(late)).with("reason", "Uitgeschreven")
                .with("cancelledAt", "2027-01-12T10:00:00Z").read());
        awaitMails(late.email(), 2);
        ReceivedMail cancellation = bySequence(ReceivedMail.to(late.email()), 2);
        assertThat(cancellation.calendarMethod()).isEqualTo("CANCEL");
        assertThat(cancellation.calendarContentTypeMethod()).isEqualTo("CANCEL");
        assertThat(cancellation.uid()).isEqualTo(invitation.uid());
        // The meeting goes on: the mail says the invitee is off the list, and neither "cancelled" nor the reason
        // (often the organisation's own withdrawal reason, which its own mail confirms).
        assertThat(cancellation.subject()).isEqualTo("Afgemeld: Startbijeenkomst Koploperproject");
        assertThat(cancellation.text("text/plain")).contains("U staat niet meer op de lijst van genodigden")
                .contains("De bijeenkomst gaat voor de anderen gewoon door").doesNotContain("niet door.")
                .doesNotContain("excuses").doesNotContain("Uitgeschreven");
    }

    @Test
    void theReminderGoesOnceToEachRecipientWhoDidNotUnsubscribe() throws Exception {
        MeetingRecipient unsubscribed = recipient(address("afgemeld"), "nl");
        MeetingRecipient dutch = recipient(address("dirk"), "nl");
        MeetingRecipient english = recipient(address("emma"), "en");
        TestUnsubscribe.unsubscribe(http, unsubscriptions, gemeente, unsubscribed.email());
        // The unsubscribed recipient comes first: once the others' mails are here, their turn has surely passed.
        MeetingReminderDue reminder = reminder(List.of(unsubscribed, dutch, english), List.of(english.invitationId()),
                "2027-03-08T19:30:00Z");
        String eventId = events.publish(gemeente, meetingId, reminder);
        events.publish(eventId, gemeente, meetingId, reminder); // the redelivery
        String marker = address("marker");
        events.publish(gemeente, meetingId, reminder(List.of(recipient(marker, "nl")), List.of(),
                "2027-03-08T19:30:00Z"));
        awaitMails(marker, 1);
        awaitMails(dutch.email(), 1);
        awaitMails(english.email(), 1);

        assertThat(api.deliveriesTo(gemeente, dutch.email())).hasSize(1);
        assertThat(api.deliveriesTo(gemeente, english.email())).hasSize(1);
        assertThat(api.deliveriesTo(gemeente, unsubscribed.email())).isEmpty();
        assertThat(TestSmtp.received(unsubscribed.email())).isEmpty();
        ReceivedMail mail = ReceivedMail.to(dutch.email()).get(0);
        assertThat(mail.subject()).isEqualTo("Herinnering: morgen Startbijeenkomst Koploperproject");
        assertThat(mail.partTypes()).containsExactly("text/plain", "text/html");
        assertThat(mail.text("text/plain")).contains("dinsdag 9 maart 2027 om 19:30").contains("Hooiweg 1")
                .contains(dutch.rsvpUrl())
                .contains("http://localhost:8070/afmelden?token=");
        assertThat(ReceivedMail.to(english.email()).get(0).text("text/plain"))
                .contains("Tuesday 9 March 2027 at 19:30").contains("http://localhost:8070/afmelden?token=");
        // Who answered is offered to send regrets; who has not (english) is asked to answer, through their own link.
        assertThat(mail.text("text/plain")).contains("Kunt u toch niet?").doesNotContain("nog niet laten weten");
        ReceivedMail unanswered = ReceivedMail.to(english.email()).get(0);
        assertThat(unanswered.text("text/plain"))
                .contains("You have not told us yet whether you are coming. Please answer")
                .contains(english.rsvpUrl()).doesNotContain("Unable to come after all?");
        assertThat(unanswered.text("text/html")).contains("You have not told us yet whether you are coming.")
                .contains("href=\"" + english.rsvpUrl() + "\"");
    }

    @Test
    void aReminderThatFallsDueOnTheMeetingsOwnDaySaysTodayNotTomorrow() throws Exception {
        MeetingRecipient dutch = recipient(address("vandaag"), "nl");
        MeetingRecipient english = recipient(address("today"), "en");
        // 23:30 UTC on the 8th is half past midnight on the 9th in Amsterdam: the meeting's own day (19:30 that evening).
        events.publish(gemeente, meetingId, reminder(List.of(dutch, english), List.of(),
                "2027-03-08T23:30:00Z"));
        awaitMails(dutch.email(), 1);
        awaitMails(english.email(), 1);

        ReceivedMail mail = ReceivedMail.to(dutch.email()).get(0);
        assertThat(mail.subject()).isEqualTo("Herinnering: vandaag Startbijeenkomst Koploperproject");
        assertThat(mail.text("text/plain")).contains("Een herinnering: vandaag is Startbijeenkomst Koploperproject")
                .doesNotContain("morgen");
        assertThat(mail.text("text/html")).contains("Een herinnering: vandaag is <b>").doesNotContain("morgen");
        ReceivedMail englishMail = ReceivedMail.to(english.email()).get(0);
        assertThat(englishMail.subject()).isEqualTo("Reminder: Startbijeenkomst Koploperproject today");
        assertThat(englishMail.text("text/plain")).contains(" is today.").doesNotContain("tomorrow");
    }

    @Test
    void aPlaceThatCameFreeIsAnnouncedOnceToWhoGotIt() throws Exception {
        MeetingRecipient dutch = recipient(address("plaats"), "nl");
        MeetingRecipient english = recipient(address("place"), "en");
        MeetingRecipient withoutLink = new MeetingRecipient("inv-zonder", null, "GUEST", "Gast Zonder Link",
                address("zonder"), "nl", null);
        MeetingPlaceGranted granted = placeGranted(dutch);
        String eventId = events.publish(gemeente, meetingId, granted);
        events.publish(eventId, gemeente, meetingId, granted); // the redelivery
        events.publish(gemeente, meetingId, placeGranted(english));
        events.publish(gemeente, meetingId, placeGranted(withoutLink)); // after the others on the same partition
        awaitMails(withoutLink.email(), 1);
        awaitMails(dutch.email(), 1);
        awaitMails(english.email(), 1);

        assertThat(api.deliveriesTo(gemeente, dutch.email())).singleElement()
                .satisfies(d -> assertThat(d.get("type")).isEqualTo("MEETING_PLACE_GRANTED"));
        ReceivedMail mail = ReceivedMail.to(dutch.email()).get(0);
        assertThat(mail.subject()).isEqualTo("Er is een plaats voor u: Startbijeenkomst Koploperproject");
        assertThat(mail.partTypes()).containsExactly("text/plain", "text/html");
        assertThat(mail.text("text/plain")).contains("er is een plaats vrijgekomen bij Startbijeenkomst")
                .contains("dinsdag 9 maart 2027 om 19:30").contains("Hooiweg 1")
                .contains("Kunt u toch niet?").contains(dutch.rsvpUrl())
                .doesNotContain("unsubscribe");
        assertThat(mail.text("text/html")).contains("href=\"" + dutch.rsvpUrl() + "\"");
        ReceivedMail englishMail = ReceivedMail.to(english.email()).get(0);
        assertThat(englishMail.subject()).isEqualTo("A place for you: Startbijeenkomst Koploperproject");
        assertThat(englishMail.text("text/plain")).contains("Tuesday 9 March 2027 at 19:30")
                .contains(english.rsvpUrl());
        assertThat(ReceivedMail.to(withoutLink.email()).get(0).text("text/plain"))
                .contains("er is een plaats vrijgekomen").doesNotContain("Kunt u toch niet?");
    }

    private MeetingPlaceGranted placeGranted(MeetingRecipient to) {
        return meetingEvent(MeetingPlaceGranted.class, gemeente, kickOff(meetingId, 0)).with("recipient", to)
                .with("vacatedBy", "inv-declined").with("grantedAt", "2027-03-01T10:00:00Z").read();
    }

    /** The kick-off's reminder, due at {@code dueAt}. */
    private MeetingReminderDue reminder(List<MeetingRecipient> to, List<String> unanswered, String dueAt) {
        return meetingEvent(MeetingReminderDue.class, gemeente, kickOff(meetingId, 0)).with("recipients", to)
                .with("unansweredInvitationIds", unanswered).with("dueAt", dueAt).read();
    }

    private static ReceivedMail bySequence(List<ReceivedMail> mails, int sequence) {
        List<ReceivedMail> matching = mails.stream().filter(m -> m.sequence() == sequence).toList();
        assertThat(matching).as("mails with SEQUENCE " + sequence).hasSize(1);
        return matching.get(0);
    }

    private String address(String name) {
        return name + "." + meetingId.substring(8, 16) + "@" + gemeente + ".example";
    }

    static void awaitMails(String address, int count) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestSmtp.received(address)).hasSize(count));
    }
}
