package nl.koploper.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.koploper.notification.TestSmtp;
import nl.koploper.notification.calendar.CalendarMethod;
import nl.koploper.notification.template.MessageType;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Queuing a mail wakes the sender: it is in the SMTP server before the sender's interval (the tests run with the
 * production interval of 2 s, see {@link TestSmtp}) brings a timed pass. Only gemeenten in
 * {@link MailGemeenten} are sent for, woken or not, and a timed pass goes only over the gemeenten whose mail is due.
 */
@KoploperIntegrationTest
class MailDispatcherWakeUpIT {

    private static final MailContent CONTENT = new MailContent("Koploperteam", null, "Jan", "Welkom", "<p>Hoi</p>",
            "Hoi", null, null, null);

    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    PendingMails mails;
    @Autowired
    MailGemeenten mailGemeenten;
    @Autowired
    MongoTemplate gemeenteTemplate;
    @Value("${koploper.notification.sending.interval}")
    Duration interval;

    @Test
    void aQueuedMailIsSentAtOnceNotAtTheNextTimedPass() {
        assertThat(interval).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        TenantId gemeente = TenantId.of(TestTokens.newGemeente("wake"));
        mailGemeenten.register(gemeente);
        // Without the wake-up every mail waits for a timed pass. With it, a mail is in the SMTP server before the next
        // timed pass almost always; a timed pass may come in between by chance, so up to five mails are tried.
        boolean sentWithoutTimedPass = false;
        for (int i = 0; i < 5 && !sentWithoutTimedPass; i++) {
            String recipient = "wake-" + i + "@" + gemeente.value() + ".example";
            long timedPassesBefore = dispatcher.timedPasses();
            TenantContext.runAs(gemeente, () -> assertThat(mails.insertIfAbsent(mail(recipient))).isTrue());

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10))
                    .until(() -> !TestSmtp.received(recipient).isEmpty());
            sentWithoutTimedPass = dispatcher.timedPasses() == timedPassesBefore;
        }
        assertThat(sentWithoutTimedPass).as("a mail sent before any timed pass came").isTrue();
    }

    @Test
    void aGemeenteTheSenderDoesNotGoOverIsNotSentForWhenItQueuesMail() {
        TenantId gemeente = TenantId.of(TestTokens.newGemeente("unlisted"));
        String recipient = "unlisted@" + gemeente.value() + ".example";

        TenantContext.runAs(gemeente, () -> assertThat(mails.insertIfAbsent(mail(recipient))).isTrue());

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> TestSmtp.received(recipient).isEmpty());
        TenantContext.runAs(gemeente, () -> assertThat(mails.count(DeliveryStatus.PENDING, null)).isEqualTo(1));
    }

    @Test
    void aGemeenteMarkedDueByAnotherReplicaIsSentForAndAnUnmarkedOneIsLeftAloneUntilTheFullScan() {
        TenantId marked = TenantId.of(TestTokens.newGemeente("marked"));
        TenantId unmarked = TenantId.of(TestTokens.newGemeente("unmarked"));
        mailGemeenten.register(marked);
        mailGemeenten.register(unmarked);
        String toMarked = "other-replica@" + marked.value() + ".example";
        String toUnmarked = "other-replica@" + unmarked.value() + ".example";
        // Stored as another replica would (no wake-up here); only the first one's gemeente is then marked due.
        TenantContext.runAs(marked, () -> gemeenteTemplate.insert(mail(toMarked)));
        TenantContext.runAs(unmarked, () -> gemeenteTemplate.insert(mail(toUnmarked)));
        mailGemeenten.dueAt(marked, Instant.now());

        await().atMost(Duration.ofSeconds(30)).until(() -> !TestSmtp.received(toMarked).isEmpty());
        // Two more timed passes: they went over the gemeenten due, not over every gemeente's database.
        await().during(interval.multipliedBy(2)).atMost(interval.multipliedBy(5))
                .until(() -> TestSmtp.received(toUnmarked).isEmpty());
    }

    @Test
    void onceItsMailIsSentAGemeenteIsNoLongerDue() {
        TenantId gemeente = TenantId.of(TestTokens.newGemeente("settled"));
        mailGemeenten.register(gemeente);
        String recipient = "settled@" + gemeente.value() + ".example";
        TenantContext.runAs(gemeente, () -> assertThat(mails.insertIfAbsent(mail(recipient))).isTrue());

        await().atMost(Duration.ofSeconds(30)).until(() -> !TestSmtp.received(recipient).isEmpty());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailGemeenten.dueBy(Instant.now().plus(
                Duration.ofDays(365)))).extracting(MailGemeenten.MailGemeente::slug).doesNotContain(gemeente.value()));
    }

    private static PendingMail mail(String recipient) {
        return PendingMail.create(UUID.randomUUID().toString(),
                DeduplicationKey.of(UUID.randomUUID().toString(), recipient, MessageType.REGISTRATION_CONFIRMATION),
                recipient, MessageType.REGISTRATION_CONFIRMATION, CONTENT, Clock.systemUTC());
    }
}
