package nl.koploper.notification.assessment;

import static nl.koploper.notification.TestAssessments.advisor;
import static nl.koploper.notification.TestAssessments.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.DateProperty;
import nl.koploper.contracts.assessment.AssessmentRecipient;
import nl.koploper.notification.AbstractIT;
import nl.koploper.notification.ReceivedMail;
import nl.koploper.notification.TestAssessments;
import nl.koploper.notification.TestSmtp;
import nl.koploper.notification.TestUnsubscribe;
import nl.koploper.notification.unsubscribe.Unsubscriptions;
import nl.koploper.test.KoploperIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Assessment events in, mail out through GreenMail: the nulmeting visit invite and its update to the contact and the
 * advisor with calendar REQUESTs that ical4j parses (same UID, rising SEQUENCE), the published profile and the overdue
 * action with links on the public base URL; a redelivered event sends nothing twice; an unsubscribed contact gets no
 * action reminder; replies to the participant's mail go to the advisor the event names, else to the gemeente.
 */
@KoploperIntegrationTest
class AssessmentMailIT extends AbstractIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The portal's address, {@code koploper.public-base-url}'s default: where every link in mail leads. */
    private static final String BASE_URL = "http://localhost:8070";

    @Autowired
    Unsubscriptions unsubscriptions;

    String gemeente;
    String caseId;

    @BeforeEach
    void setUp() {
        gemeente = gemeenten.newGemeente("assess");
        caseId = "case-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theVisitInviteAndItsUpdateReachContactAndAdvisorOnceWithOneCalendarEntry() throws Exception {
        AssessmentRecipient contact = contact(address("jan"), "en");
        AssessmentRecipient advisor = advisor(address("els"));
        List<AssessmentRecipient> to = List.of(contact, advisor);
        var planned = TestAssessments.planned(gemeente, caseId, to);
        String eventId = events.publish(gemeente, caseId, planned);
        events.publish(eventId, gemeente, caseId, planned); // the redelivery
        events.publish(gemeente, caseId, TestAssessments.rescheduled(gemeente, caseId, to));
        awaitMails(contact.email(), 2);
        awaitMails(advisor.email(), 2);

        assertThat(api.deliveriesTo(gemeente, contact.email())).extracting(d -> d.get("type"))
                .containsExactlyInAnyOrder("NULMETING_VISIT_INVITE", "NULMETING_VISIT_UPDATE");
        assertThat(api.deliveriesTo(gemeente, advisor.email())).hasSize(2);

        for (AssessmentRecipient recipient : to) {
            List<ReceivedMail> mails = ReceivedMail.to(recipient.email());
            for (ReceivedMail mail : mails) {
                assertThat(mail.partTypes()).containsExactly("text/plain", "text/html", "text/calendar");
                assertThat(mail.calendarMethod()).isEqualTo("REQUEST").isEqualTo(mail.calendarContentTypeMethod());
                assertThat(mail.uid()).isEqualTo(planned.visit().uid());
                assertThat(mail.event().getProperty(Property.ATTENDEE).orElseThrow().getValue())
                        .isEqualTo("mailto:" + recipient.email());
                assertThat(mail.event().getProperty(Property.ORGANIZER).orElseThrow().getValue())
                        .isEqualTo("mailto:noreply@koploper.example");
                assertThat(mail.calendar().getComponents("VTIMEZONE")).hasSize(1);
            }
            ReceivedMail invite = bySequence(mails, 0);
            ReceivedMail update = bySequence(mails, 1);
            assertThat(start(invite)).isEqualTo(Instant.parse("2027-03-18T09:00:00Z"));
            assertThat(start(update)).isEqualTo(Instant.parse("2027-03-25T13:00:00Z"));
            assertThat(update.event().getProperty(Property.LOCATION).orElseThrow().getValue())
                    .isEqualTo("Industrieweg 7, 9723 AB Groningen");
            assertThat(invite.text("text/plain")).contains(TestAssessments.ORGANISATION).contains("Els Bakker");
            // The contact's replies go to the advisor of the visit; the advisor's own copy to the gemeente.
            for (ReceivedMail mail : mails) {
                assertThat(mail.header("Reply-To")).isEqualTo(recipient == contact ? advisor.email()
                        : gemeenteReplyTo());
            }
        }
        ReceivedMail english = bySequence(ReceivedMail.to(contact.email()), 0);
        assertThat(english.subject()).isEqualTo("Baseline assessment visit for " + TestAssessments.ORGANISATION);
        assertThat(english.text("text/plain")).contains("Thursday 18 March 2027 at 10:00");
        ReceivedMail dutchUpdate = bySequence(ReceivedMail.to(advisor.email()), 1);
        assertThat(dutchUpdate.subject()).startsWith("Gewijzigd: afspraak nulmeting");
        assertThat(dutchUpdate.text("text/plain")).contains("donderdag 25 maart 2027 om 14:00");
    }

    @Test
    void thePublishedProfileLinksToItsPortalPageAndRepliesGoToTheAdvisor() {
        AssessmentRecipient contact = contact(address("profiel"), "nl");
        var published = TestAssessments.profilePublished(gemeente, caseId, contact);
        String eventId = events.publish(gemeente, caseId, published);
        events.publish(eventId, gemeente, caseId, published);
        String marker = address("marker");
        events.publish(gemeente, caseId, TestAssessments.profilePublished(gemeente, caseId, contact(marker, "nl")));
        awaitMails(marker, 1);
        awaitMails(contact.email(), 1);

        ReceivedMail mail = ReceivedMail.to(contact.email()).get(0);
        assertThat(mail.header("Reply-To")).isEqualTo(TestAssessments.ADVISOR_EMAIL);
        assertThat(mail.subject()).isEqualTo("Uw Duurzaamheidsprofiel staat klaar");
        // The portal's page of the case, built from the event's caseId; the API path the event carries is not mailed.
        assertThat(mail.text("text/plain")).contains(BASE_URL + "/profiel/" + caseId)
                .contains("Els Bakker").doesNotContain("afmelden").doesNotContain("/api/");
        assertThat(mail.text("text/html")).contains("href=\"" + BASE_URL + "/profiel/" + caseId + "\"")
                .doesNotContain("/api/");
    }

    @Test
    void theAssignedAdvisorIsToldOnceWithTheLinkToTheCasesPortalPage() throws Exception {
        AssessmentRecipient advisor = advisor(address("marieke"));
        var assigned = TestAssessments.advisorAssigned(gemeente, caseId, advisor, "Advies Noord");
        String eventId = events.publish(gemeente, caseId, assigned);
        events.publish(eventId, gemeente, caseId, assigned); // the redelivery
        AssessmentRecipient english = new AssessmentRecipient("ADVISOR", "Mark Smith", address("mark"), "en");
        events.publish(gemeente, caseId, TestAssessments.advisorAssigned(gemeente, caseId, english, null));
        awaitMails(english.email(), 1);
        awaitMails(advisor.email(), 1);

        ReceivedMail mail = ReceivedMail.to(advisor.email()).get(0);
        assertThat(mail.subject()).isEqualTo("U bent adviseur van " + TestAssessments.ORGANISATION);
        assertThat(mail.text("text/plain")).contains("Beste Els Bakker")
                .contains("(namens Advies Noord)")
                .contains(BASE_URL + "/adviseur/organisaties/" + caseId)
                .doesNotContain("/api/").doesNotContain("afmelden");
        assertThat(mail.text("text/html")).contains("href=\"" + BASE_URL + "/adviseur/organisaties/" + caseId + "\"");
        assertThat(mail.header("Reply-To")).isEqualTo(gemeenteReplyTo());
        assertThat(api.deliveriesTo(gemeente, advisor.email())).extracting(d -> d.get("type"))
                .containsExactly("ADVISOR_ASSIGNED");

        ReceivedMail inEnglish = ReceivedMail.to(english.email()).get(0);
        assertThat(inEnglish.subject()).isEqualTo("You are the advisor of " + TestAssessments.ORGANISATION);
        // Without the advisor's organisation (an event of before the register) the sentence leaves it out.
        assertThat(inEnglish.text("text/plain")).contains("Dear Mark Smith").doesNotContain("(for ");
    }

    @Test
    void withoutAUsableAdvisorAddressRepliesGoToTheGemeente() {
        AssessmentRecipient withoutAdvisor = contact(address("zonder"), "nl");
        AssessmentRecipient badAdvisor = contact(address("fout"), "nl");
        events.publish(gemeente, caseId, TestAssessments.profilePublished(gemeente, caseId, withoutAdvisor, null));
        events.publish(gemeente, caseId, TestAssessments.profilePublished(gemeente, caseId, badAdvisor,
                "els at adviseurs"));
        awaitMails(withoutAdvisor.email(), 1);
        awaitMails(badAdvisor.email(), 1);

        assertThat(ReceivedMail.to(withoutAdvisor.email()).get(0).header("Reply-To")).isEqualTo(gemeenteReplyTo());
        // An address that does not parse costs the mail nothing: it goes, with the gemeente's reply-to.
        assertThat(ReceivedMail.to(badAdvisor.email()).get(0).header("Reply-To")).isEqualTo(gemeenteReplyTo());
    }

    @Test
    void anOverdueActionIsRemindedOnceAndNotToWhoUnsubscribed() throws Exception {
        AssessmentRecipient unsubscribed = contact(address("afgemeld"), "nl");
        AssessmentRecipient reminded = contact(address("actief"), "nl");
        TestUnsubscribe.unsubscribe(http, unsubscriptions, gemeente, unsubscribed.email());
        events.publish(gemeente, caseId, TestAssessments.actionOverdue(gemeente, caseId, "action-1", unsubscribed));
        var overdue = TestAssessments.actionOverdue(gemeente, caseId, "action-2", reminded);
        String eventId = events.publish(gemeente, caseId, overdue);
        events.publish(eventId, gemeente, caseId, overdue);
        String marker = address("marker");
        events.publish(gemeente, caseId, TestAssessments.actionOverdue(gemeente, caseId, "action-3",
                contact(marker, "nl")));
        // Same key, so one partition: once the last event's mail is here, the events before it have been handled.
        awaitMails(marker, 1);
        awaitMails(reminded.email(), 1);

        assertThat(api.deliveriesTo(gemeente, reminded.email())).hasSize(1);
        assertThat(api.deliveriesTo(gemeente, unsubscribed.email())).isEmpty();
        assertThat(TestSmtp.received(unsubscribed.email())).isEmpty();
        ReceivedMail mail = ReceivedMail.to(reminded.email()).get(0);
        assertThat(mail.subject()).isEqualTo("Herinnering: Led-verlichting in de winkel");
        assertThat(mail.header("Reply-To")).isEqualTo(TestAssessments.ADVISOR_EMAIL);
        assertThat(mail.text("text/plain")).contains("maandag 31 mei 2027")
                .contains(BASE_URL + "/actieplan/" + caseId)
                .contains(BASE_URL + "/afmelden?token=")
                .doesNotContain("/api/");
    }

    private static java.time.Instant start(ReceivedMail mail) {
        return Instant.from(((DateProperty<?>) mail.event().getProperty(Property.DTSTART).orElseThrow()).getDate());
    }

    private static ReceivedMail bySequence(List<ReceivedMail> mails, int sequence) {
        List<ReceivedMail> matching = mails.stream().filter(m -> m.sequence() == sequence).toList();
        assertThat(matching).as("mails with SEQUENCE " + sequence).hasSize(1);
        return matching.get(0);
    }

    /** The reply-to of the gemeente's profile, as platform-test's TestGemeenten registers it. */
    private String gemeenteReplyTo() {
        return gemeenten.profile(gemeente).orElseThrow().replyTo();
    }

    private String address(String name) {
        return name + "." + caseId + "@" + gemeente + ".example";
    }

    private static void awaitMails(String address, int count) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestSmtp.received(address)).hasSize(count));
    }
}
