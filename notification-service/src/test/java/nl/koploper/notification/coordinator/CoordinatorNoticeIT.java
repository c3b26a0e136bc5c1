package nl.koploper.notification.coordinator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import nl.koploper.contracts.cohort.AssignmentSubmitted;
import nl.koploper.contracts.cohort.CohortMinimumReached;
import nl.koploper.contracts.cohort.ContactDetails;
import nl.koploper.contracts.cohort.ParticipantWithdrew;
import nl.koploper.contracts.tenant.GemeenteProfile;
import nl.koploper.notification.AbstractIT;
import nl.koploper.notification.ReceivedMail;
import nl.koploper.notification.TestCohorts;
import nl.koploper.notification.TestSmtp;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The coordinator hears what waits for a decision: the kick-off proposed when a group reached its minimum, a
 * withdrawal with its reason, a first hand-in of the communication assignment, a mail that failed for good. Each once
 * (a redelivered event adds nothing), in Dutch, to the contact of the event's own gemeente only.
 */
@KoploperIntegrationTest
class CoordinatorNoticeIT extends AbstractIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String GROUP = TestCohorts.GROUP;

    @Value("${koploper.public-base-url:http://localhost:8070}")
    String portal;

    @Test
    void theCoordinatorOfTheEventsGemeenteHearsEachThingOnceInDutch() throws Exception {
        String a = registered("wachtopu-a");
        String b = registered("wachtopu-b");
        String coordinatorA = coordinatorOf(a);
        String coordinatorB = coordinatorOf(b);

        String minimum = events.publish(a, "cohort-1", minimumReached(a));
        events.publish(minimum, a, "cohort-1", minimumReached(a)); // redelivered
        String withdrawal = events.publish(a, "cohort-1",
                withdrew(a, "Bakkerij De Vries", "Dit jaar ontbreekt ons de tijd."));
        events.publish(withdrawal, a, "cohort-1", withdrew(a, "Bakkerij De Vries", "Dit jaar ontbreekt ons de tijd."));
        String handIn = events.publish(a, "cohort-1", submitted(a, "Garage Jansen", "Elektrisch de weg op", 1));
        events.publish(handIn, a, "cohort-1", submitted(a, "Garage Jansen", "Elektrisch de weg op", 1));
        events.publish(a, "cohort-1", submitted(a, "Garage Jansen", "Elektrisch de weg op, herzien", 2));
        // Last on the same partition: once B's notice is logged, every event of A before it was handled.
        events.publish(b, "cohort-1", withdrew(b, "Kapsalon Knip", null));

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(api.deliveriesTo(b, coordinatorB)).hasSize(1);
            assertThat(TestSmtp.received(coordinatorA)).hasSize(3);
            assertThat(TestSmtp.received(coordinatorB)).hasSize(1);
        });
        assertThat(api.deliveriesTo(a, coordinatorA)).extracting(d -> d.get("type")).containsExactlyInAnyOrder(
                "COORDINATOR_KICK_OFF_PROPOSED", "COORDINATOR_WITHDRAWAL", "COORDINATOR_HAND_IN");

        List<ReceivedMail> toA = ReceivedMail.to(coordinatorA);
        assertThat(toA).extracting(ReceivedMail::subject).containsExactlyInAnyOrder(
                "Startbijeenkomst wacht op bevestiging: " + GROUP,
                "Afmelding: Bakkerij De Vries (" + GROUP + ")",
                "Communicatieopdracht ingeleverd: Garage Jansen (" + GROUP + ")");
        assertThat(mail(toA, "Startbijeenkomst").text("text/plain"))
                .contains("Beste Petra Jansen,", "minimum van 8 deelnemers", "Plaats kiezen en bevestigen",
                        portal + "/coordinator/groepen/cohort-1");
        assertThat(mail(toA, "Afmelding").text("text/plain"))
                .contains("Bakkerij De Vries heeft zich afgemeld", "Dit jaar ontbreekt ons de tijd.",
                        portal + "/coordinator/groepen/cohort-1#afgemeld");
        assertThat(mail(toA, "Communicatieopdracht").text("text/plain"))
                .contains("Elektrisch de weg op", portal + "/coordinator/groepen/cohort-1/afronding#inzendingen")
                .doesNotContain("herzien");
        assertThat(mail(toA, "Afmelding").text("text/html")).contains("<html lang=\"nl\">");

        ReceivedMail toB = ReceivedMail.to(coordinatorB).get(0);
        assertThat(toB.subject()).isEqualTo("Afmelding: Kapsalon Knip (" + GROUP + ")");
        assertThat(toB.text("text/plain")).contains("De organisatie gaf geen reden op.")
                .doesNotContain("Bakkerij De Vries", "Garage Jansen");
        // Nor does A's coordinator hear of B's withdrawal.
        assertThat(toA).noneMatch(m -> m.text("text/plain").contains("Kapsalon Knip"));
    }

    @Test
    void aMailThatFailedForGoodIsToldToTheCoordinatorOnce() throws Exception {
        String a = registered("mislukt-a");
        String b = registered("mislukt-b");
        // An address the message cannot be built for: the mail fails for good at its first attempt.
        String broken = "kapot adres@@" + a + ".example";
        events.publish(a, "cohort-1", TestCohorts.registered(a, broken, null));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestSmtp.received(coordinatorOf(a))).hasSize(1));
        ReceivedMail notice = ReceivedMail.to(coordinatorOf(a)).get(0);
        assertThat(notice.subject()).isEqualTo("E-mail niet aangekomen bij " + broken);
        assertThat(notice.text("text/plain"))
                .contains("De e-mail \"Aanmelding ontvangen", broken, "het platform probeert het niet meer",
                        portal + "/coordinator/e-mails?status=FAILED");
        assertThat(api.deliveriesTo(a, broken)).singleElement()
                .satisfies(d -> assertThat(d.get("status")).isEqualTo("FAILED"));
        // Told once; the other gemeente's coordinator hears nothing of it.
        Thread.sleep(3_000);
        assertThat(api.deliveriesTo(a, coordinatorOf(a))).singleElement()
                .satisfies(d -> assertThat(d.get("type")).isEqualTo("COORDINATOR_MAIL_FAILED"));
        assertThat(TestSmtp.received(coordinatorOf(a))).hasSize(1);
        assertThat(TestSmtp.received(coordinatorOf(b))).isEmpty();
        assertThat(api.deliveriesTo(b, coordinatorOf(b))).isEmpty();
    }

    @Test
    void aNoticeToACoordinatorAddressThatDoesNotWorkIsNotToldAgain() throws Exception {
        String gemeente = TestTokens.newGemeente("kapotcoord");
        String brokenCoordinator = "coordinator zonder@@" + gemeente + ".example";
        gemeenten.apply(new GemeenteProfile(gemeente, "Gemeente Kapot", "Karel Kapot", brokenCoordinator,
                "Koploperteam Kapot", "duurzaam@" + gemeente + ".example", null, "nl", true, 1));
        events.publish(gemeente, "cohort-1", withdrew(gemeente, "Bakkerij De Vries", null));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.deliveriesTo(gemeente, brokenCoordinator))
                .singleElement().satisfies(d -> assertThat(d.get("status")).isEqualTo("FAILED")));
        Thread.sleep(3_000);
        assertThat(api.deliveriesTo(gemeente, brokenCoordinator)).extracting(d -> d.get("type"))
                .containsExactly("COORDINATOR_WITHDRAWAL");
    }

    @Test
    void aGemeenteWithoutAProfileGetsNoNoticeAndItsParticipantsStillTheirMail() throws Exception {
        String gemeente = TestTokens.newGemeente("zonderprofiel");
        String contact = "jan@" + gemeente + ".example";
        events.publish(gemeente, "cohort-1", TestCohorts.withdrew(gemeente, contact, null));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestSmtp.received(contact)).hasSize(1));
        assertThat(ReceivedMail.to(contact).get(0).subject()).startsWith("Afmelding ontvangen");
    }

    private String registered(String prefix) {
        String gemeente = TestTokens.newGemeente(prefix);
        assertThat(gemeenten.apply(TestCohorts.profile(gemeente, "Gemeente " + prefix, 1))).isTrue();
        return gemeente;
    }

    /** {@link TestCohorts#profile} names Petra Jansen, at the gemeente's own domain, as its contact. */
    private static String coordinatorOf(String gemeente) {
        return "petra@" + gemeente + ".example";
    }

    private static ReceivedMail mail(List<ReceivedMail> mails, String subjectStart) {
        return mails.stream().filter(m -> m.subject().startsWith(subjectStart)).findFirst().orElseThrow();
    }

    private static CohortMinimumReached minimumReached(String gemeente) {
        return TestCohorts.cohortEvent(CohortMinimumReached.class, gemeente).with("year", 2027)
                .with("minimumParticipants", 8)
                .with("participants", List.of(TestCohorts.participant("Bakkerij De Vries",
                        "bakker@" + gemeente + ".example", "nl")))
                .with("reachedAt", "2027-01-20T09:00:00Z").read();
    }

    private static ParticipantWithdrew withdrew(String gemeente, String organisation, String reason) {
        String contact = "contact-" + organisation.hashCode() + "@" + gemeente + ".example";
        return TestCohorts.cohortEvent(ParticipantWithdrew.class, gemeente).with("participantId", "p-" + contact)
                .with("organisationName", organisation)
                .with("contact", new ContactDetails("Contact", contact, null, "nl"))
                .with("wasWaitlisted", false).with("reason", reason).with("withdrewAt", "2027-02-01T09:00:00Z").read();
    }

    private static AssignmentSubmitted submitted(String gemeente, String organisation, String title, int revision) {
        return TestCohorts.cohortEvent(AssignmentSubmitted.class, gemeente).with("participantId", "p-" + organisation)
                .with("organisationName", organisation)
                .with("contact", new ContactDetails("Contact", "contact@" + gemeente + ".example", null, "nl"))
                .with("title", title).with("revision", revision).with("submittedAt", "2027-10-01T09:00:00Z").read();
    }
}
