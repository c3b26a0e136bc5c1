package nl.koploper.notification.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import nl.koploper.contracts.cohort.ParticipantSummary;
import nl.koploper.notification.AbstractIT;
import nl.koploper.notification.ReceivedMail;
import nl.koploper.notification.TestCohortService;
import nl.koploper.notification.TestCohorts;
import nl.koploper.notification.TestSmtp;
import nl.koploper.test.KoploperIntegrationTest;
import org.junit.jupiter.api.Test;

/** A registration on the waiting list is confirmed with the place; a promotion is announced, in the contact's language. */
@KoploperIntegrationTest
class CohortMailIT extends AbstractIT {

    @Test
    void waitlistedRegistrationIsConfirmedWithItsPlaceAndThePromotionAnnounced() throws Exception {
        String gemeente = gemeenten.newGemeente("cohort");
        String contact = "wacht@" + gemeente + ".example";
        String registration = events.publish(gemeente, "cohort-1", TestCohorts.registered(gemeente, contact, 3));
        events.publish(registration, gemeente, "cohort-1", TestCohorts.registered(gemeente, contact, 3));
        events.publish(gemeente, "cohort-1", TestCohorts.promoted(gemeente, contact));
        // The promotion follows the redelivery on the same partition: once its mail is logged, the redelivery is handled.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(api.deliveriesTo(gemeente, contact)).hasSize(2);
            assertThat(TestSmtp.received(contact)).hasSize(2);
        });
        ReceivedMail confirmation = ReceivedMail.to(contact).stream()
                .filter(m -> m.text("text/plain").contains("wachtlijst")).findFirst().orElseThrow();
        assertThat(confirmation.text("text/plain")).contains("plaats 3 van de wachtlijst").contains("Bakkerij De Vries")
                .doesNotContain("U hebt een plaats in de groep");
        assertThat(ReceivedMail.to(contact)).extracting(ReceivedMail::subject)
                .containsOnlyOnce("A place for you: Koplopergroep Westerkwartier 2027");
    }

    /**
     * A repeat registration is told to the contact on record only, at most once a day per registration: a redelivered
     * event and a second repeat that day add nothing; a repeat the next day is told again.
     */
    @Test
    void aRepeatRegistrationIsToldToTheContactOnRecordOnceADay() throws Exception {
        String gemeente = gemeenten.newGemeente("opnieuw");
        String otherGemeente = gemeenten.newGemeente("opnieuw");
        String contact = "al-aangemeld@" + gemeente + ".example";
        String morning = events.publish(gemeente, "cohort-1",
                TestCohorts.repeated(gemeente, contact, false, "2027-02-01T08:00:00Z"));
        events.publish(morning, gemeente, "cohort-1",
                TestCohorts.repeated(gemeente, contact, false, "2027-02-01T08:00:00Z")); // the redelivery
        // The same Dutch day (22:30 UTC is 23:30 in Amsterdam): no second mail.
        events.publish(gemeente, "cohort-1", TestCohorts.repeated(gemeente, contact, false, "2027-02-01T22:30:00Z"));
        // 23:30 UTC is already the next day in Amsterdam.
        events.publish(gemeente, "cohort-1", TestCohorts.repeated(gemeente, contact, true, "2027-02-01T23:30:00Z"));
        // The next day's repeat was published last on the partition: once its mail is out, every earlier event has
        // been handled, so the count of mails is final.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(ReceivedMail.to(contact))
                .anySatisfy(mail -> assertThat(mail.text("text/plain")).contains("met uw e-mailadres")));
        assertThat(api.deliveriesTo(gemeente, contact)).hasSize(2);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(TestSmtp.received(contact)).hasSize(2));
        assertThat(api.deliveriesTo(otherGemeente, contact)).isEmpty();

        List<ReceivedMail> mails = ReceivedMail.to(contact);
        assertThat(mails).extracting(ReceivedMail::subject)
                .containsOnly("Opnieuw aangemeld: Koplopergroep Westerkwartier 2027");
        ReceivedMail bySomeoneElse = mails.stream()
                .filter(m -> !m.text("text/plain").contains("met uw e-mailadres")).findFirst().orElseThrow();
        assertThat(bySomeoneElse.text("text/plain"))
                .contains("Er is opnieuw een aanmelding gedaan voor Bakkerij De Vries voor Koplopergroep Westerkwartier 2027.")
                .contains("Bakkerij De Vries is al aangemeld. U hoeft niets te doen")
                .contains("Neem dan contact op met de coördinator van");
        ReceivedMail byTheContact = mails.stream()
                .filter(m -> m.text("text/plain").contains("met uw e-mailadres")).findFirst().orElseThrow();
        assertThat(byTheContact.text("text/plain")).doesNotContain("Neem dan contact op met de coördinator");
    }

    @Test
    void aWithdrawalIsConfirmedOnceAndARemovalToldWithTheCoordinatorsReason() throws Exception {
        String gemeente = gemeenten.newGemeente("einde");
        String leaving = "weg@" + gemeente + ".example";
        String removed = "eruit@" + gemeente + ".example";
        String withdrawal = events.publish(gemeente, "cohort-1",
                TestCohorts.withdrew(gemeente, leaving, "Dit jaar ontbreekt ons de tijd."));
        events.publish(withdrawal, gemeente, "cohort-1",
                TestCohorts.withdrew(gemeente, leaving, "Dit jaar ontbreekt ons de tijd.")); // the redelivery
        events.publish(gemeente, "cohort-1", TestCohorts.removed(gemeente, removed, "Niet meer bereikbaar."));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(TestSmtp.received(removed)).hasSize(1);
            assertThat(api.deliveriesTo(gemeente, leaving)).hasSize(1);
        });
        assertThat(TestSmtp.received(leaving)).hasSize(1);

        ReceivedMail confirmation = ReceivedMail.to(leaving).get(0);
        assertThat(confirmation.subject()).isEqualTo("Afmelding ontvangen: Koplopergroep Westerkwartier 2027");
        assertThat(confirmation.text("text/plain"))
                .contains("We hebben de afmelding van Bakkerij De Vries voor Koplopergroep Westerkwartier 2027 ontvangen")
                .contains("Uw plaats in de groep is vrijgegeven").contains("U gaf als reden op: Dit jaar ontbreekt ons de tijd.")
                .contains("Uitnodigingen voor bijeenkomsten van de groep vervallen");
        ReceivedMail removal = ReceivedMail.to(removed).get(0);
        assertThat(removal.subject()).isEqualTo("Deelname beëindigd: Koplopergroep Westerkwartier 2027");
        assertThat(removal.text("text/plain"))
                .contains("De coördinator heeft de deelname van Garage Jansen aan Koplopergroep Westerkwartier 2027 beëindigd (u stond op de wachtlijst)")
                .contains("De reden: Niet meer bereikbaar.")
                // Who only waited held no invitations.
                .doesNotContain("Uitnodigingen").doesNotContain("afmelding");
    }

    @Test
    void whoStillWaitsWhenTheYearStartsHearsOnceThatNoPlaceCameFreeAndThePlacedHearNothing() throws Exception {
        String gemeente = gemeenten.newGemeente("wachtlijst");
        String otherGemeente = gemeenten.newGemeente("wachtlijst");
        String placed = "geplaatst@" + gemeente + ".example";
        String waitingDutch = "wachtend@" + gemeente + ".example";
        String waitingEnglish = "waiting@" + gemeente + ".example";
        List<ParticipantSummary> waiting = List.of(TestCohorts.participant("Garage Jansen", waitingDutch, "nl"),
                TestCohorts.participant("Kapsalon Zonder Adres", null, "nl"),
                TestCohorts.participant("Hotel Zuid", waitingEnglish, "en"));
        String started = events.publish(gemeente, "cohort-1", TestCohorts.started(gemeente,
                List.of(TestCohorts.participant("Bakkerij De Vries", placed, "nl")), waiting));
        events.publish(started, gemeente, "cohort-1", TestCohorts.started(gemeente,
                List.of(TestCohorts.participant("Bakkerij De Vries", placed, "nl")), waiting));
        events.publish(gemeente, "cohort-1", TestCohorts.promoted(gemeente, placed)); // the marker
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(TestSmtp.received(placed)).hasSize(1);
            assertThat(TestSmtp.received(waitingDutch)).hasSize(1);
            assertThat(TestSmtp.received(waitingEnglish)).hasSize(1);
        });
        ReceivedMail dutch = ReceivedMail.to(waitingDutch).get(0);
        assertThat(dutch.subject()).isEqualTo("Geen plaats in Koplopergroep Westerkwartier 2027");
        assertThat(dutch.text("text/plain")).contains("Er is geen plaats vrijgekomen voor Garage Jansen")
                .contains("U hoeft niets te doen");
        assertThat(ReceivedMail.to(waitingEnglish).get(0).subject())
                .isEqualTo("No place in Koplopergroep Westerkwartier 2027");
        // The placed organisation's one mail is the marker, not a "no place".
        assertThat(ReceivedMail.to(placed).get(0).subject()).doesNotContain("Geen plaats");
        assertThat(api.deliveriesTo(gemeente, waitingDutch)).extracting(d -> d.get("type"))
                .containsExactly("WAITING_LIST_CLOSED");
        assertThat(api.deliveriesTo(otherGemeente, waitingDutch)).isEmpty();
    }

    @Test
    void theWinnerIsCongratulatedAndTheOthersToldApartOnceAndTheCertificateCarriesItsVerificationLink() throws Exception {
        String gemeente = gemeenten.newGemeente("award");
        String winner = "winnaar@" + gemeente + ".example";
        String other = "deelnemer@" + gemeente + ".example";
        List<ParticipantSummary> participants = List.of(TestCohorts.participant("Bakkerij De Vries", winner, "nl"),
                TestCohorts.participant("Garage Jansen", null, "nl"),
                TestCohorts.participant("Hotel Zuid", other, "en"));
        TestCohortService.serve("KP-7Q2X", TestCohortService.certificatePdf("Certificaat Bakkerij De Vries"));
        String award = events.publish(gemeente, "cohort-1", TestCohorts.award(gemeente, participants));
        events.publish(award, gemeente, "cohort-1", TestCohorts.award(gemeente, participants));
        String issued = events.publish(gemeente, "cohort-1", TestCohorts.certificate(gemeente, winner, "KP-7Q2X"));
        events.publish(issued, gemeente, "cohort-1", TestCohorts.certificate(gemeente, winner, "KP-7Q2X"));
        events.publish(gemeente, "cohort-1", TestCohorts.promoted(gemeente, other)); // the marker
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(TestSmtp.received(winner)).hasSize(2);
            assertThat(TestSmtp.received(other)).hasSize(2);
        });
        assertThat(api.deliveriesTo(gemeente, winner)).extracting(d -> d.get("type"))
                .containsExactlyInAnyOrder("AWARD_WINNER", "CERTIFICATE");
        assertThat(api.deliveriesTo(gemeente, other)).extracting(d -> d.get("type"))
                .containsExactlyInAnyOrder("AWARD_ANNOUNCEMENT", "WAITING_LIST_PROMOTION");

        ReceivedMail congratulation = ReceivedMail.to(winner).stream()
                .filter(m -> m.subject().startsWith("Gefeliciteerd")).findFirst().orElseThrow();
        assertThat(congratulation.subject())
                .isEqualTo("Gefeliciteerd: Bakkerij De Vries wint de Koploperprijs van Koplopergroep Westerkwartier 2027");
        assertThat(congratulation.text("text/plain")).contains("Bakkerij De Vries wint de Koploperprijs")
                .contains("Van nul naar zonnepanelen in één jaar.");
        ReceivedMail englishAward = ReceivedMail.to(other).stream()
                .filter(m -> m.subject().contains("Koploper")).filter(m -> !m.subject().startsWith("A place"))
                .findFirst().orElseThrow();
        assertThat(englishAward.subject()).isEqualTo("The Koploper award of Koplopergroep Westerkwartier 2027");
        assertThat(englishAward.text("text/plain")).contains("goes to Bakkerij De Vries")
                .doesNotContain("Congratulations");
        ReceivedMail certificate = ReceivedMail.to(winner).stream()
                .filter(m -> m.subject().startsWith("Certificaat van deelname")).findFirst().orElseThrow();
        assertThat(certificate.text("text/plain")).contains("Bakkerij De Vries")
                .contains("http://localhost:8070/certificaat/KP-7Q2X");
        assertThat(certificate.partTypes()).containsExactly("text/plain", "text/html", "application/pdf");
    }
}
