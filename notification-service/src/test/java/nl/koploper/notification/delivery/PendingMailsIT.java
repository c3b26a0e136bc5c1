package nl.koploper.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import nl.koploper.notification.calendar.CalendarMethod;
import nl.koploper.notification.template.MessageType;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The store against the real database: the unique deduplication index, claims that four concurrent senders never
 * share, recovery of a mail whose sender's lease ran out, and the retention clean-up. The gemeenten here are not
 * registered with {@link MailGemeenten} (except for retention), so the running sender leaves their mails alone.
 */
@KoploperIntegrationTest
class PendingMailsIT {

    private static final MailContent CONTENT = new MailContent("Koploperteam", null, "Jan", "Onderwerp", "<p>Hoi</p>",
            "Hoi", CalendarMethod.REQUEST, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", null);

    @Autowired
    PendingMails mails;
    @Autowired
    MailGemeenten mailGemeenten;
    @Autowired
    DeliveryLogRetention retention;

    @Test
    void theSameEventRecipientAndTypeIsStoredOnce() {
        TenantId gemeente = TenantId.of(TestTokens.newGemeente("dedup"));
        TenantContext.runAs(gemeente, () -> {
            assertThat(mails.insertIfAbsent(mail("event-1", "Jan@Example.nl", Clock.systemUTC()))).isTrue();
            assertThat(mails.insertIfAbsent(mail("event-1", " jan@example.nl", Clock.systemUTC()))).isFalse();
            assertThat(mails.insertIfAbsent(mail("event-2", "jan@example.nl", Clock.systemUTC()))).isTrue();
            assertThat(mails.count(null, null)).isEqualTo(2);
            PendingMail stored = mails.page(null, null, 0, 10).get(0);
            assertThat(stored.content()).isEqualTo(CONTENT);
        });
    }

    @Test
    void concurrentSendersNeverClaimTheSameMail() throws Exception {
        TenantId gemeente = TenantId.of(TestTokens.newGemeente("claim"));
        int count = 40;
        TenantContext.runAs(gemeente, () -> {
            for (int i = 0; i < count; i++) {
                mails.insertIfAbsent(mail("event-" + i, "r" + i + "@example.nl", Clock.systemUTC()));
            }
        });
        List<String> claimed = Collections.synchronizedList(new ArrayList<>());
        asFourSenders(owner -> TenantContext.runAs(gemeente, () -> {
            Optional<PendingMail> next;
            while ((next = mails.claimNext(owner, Duration.ofMinutes(5))).isPresent()) {
                assertThat(next.get().status()).isEqualTo(DeliveryStatus.SENDING);
                assertThat(next.get().leaseOwner()).isEqualTo(owner);
                claimed.add(next.get().id());
            }
        }));
        assertThat(claimed).hasSize(count).doesNotHaveDuplicates();
        TenantContext.runAs(gemeente, () -> assertThat(mails.count(DeliveryStatus.SENDING, null)).isEqualTo(count));
    }

    @Test
    void aMailClaimedByItsIdGoesToOneSenderOnlyAndOnlyWhileItIsDue() throws Exception {
        TenantId gemeente = TenantId.of(TestTokens.newGemeente("claimid"));
        PendingMail first = mail("event-1", "a@example.nl", Clock.systemUTC());
        PendingMail second = mail("event-2", "b@example.nl", Clock.systemUTC());
        PendingMail later = mail("event-3", "c@example.nl", Clock.systemUTC());
        later.startSending(Clock.systemUTC());
        later.failed("421 try again", RetryPolicy.DEFAULT, new Random(1), Clock.systemUTC());
        TenantContext.runAs(gemeente, () -> {
            mails.insertIfAbsent(first);
            mails.insertIfAbsent(second);
            mails.insertIfAbsent(later);
        });
        List<String> owners = Collections.synchronizedList(new ArrayList<>());
        asFourSenders(owner -> TenantContext.callAs(gemeente,
                () -> mails.claim(second.id(), owner, Duration.ofMinutes(5)))
                .ifPresent(claimed -> owners.add(claimed.leaseOwner())));

        assertThat(owners).hasSize(1);
        TenantContext.runAs(gemeente, () -> {
            PendingMail claimed = mails.find(second.id()).orElseThrow();
            assertThat(claimed.status()).isEqualTo(DeliveryStatus.SENDING);
            assertThat(claimed.attempts()).isEqualTo(1);
            assertThat(claimed.leaseOwner()).isEqualTo(owners.get(0));
            // The other mail is untouched, a retry not yet due is not claimed, nor is an id that is not there.
            assertThat(mails.find(first.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(mails.claim(later.id(), "sender-0", Duration.ofMinutes(5))).isEmpty();
            assertThat(mails.find(later.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.RETRY_SCHEDULED);
            assertThat(mails.claim("no-such-mail", "sender-0", Duration.ofMinutes(5))).isEmpty();
        });
    }

    @Test
    void aMailWhoseSenderDiedIsHandedBackAfterItsLease() {
        TenantId gemeente = TenantId.of(TestTokens.newGemeente("lease"));
        TenantContext.runAs(gemeente, () -> {
            mails.insertIfAbsent(mail("event-1", "jan@example.nl", Clock.systemUTC()));
            PendingMail claimed = mails.claimNext("dead-sender", Duration.ofMillis(1)).orElseThrow();
            assertThat(mails.claimNext("other", Duration.ofMinutes(5))).isEmpty();
            await().atMost(Duration.ofSeconds(10)).until(() -> TenantContext.callAs(gemeente,
                    () -> mails.recoverAbandoned(Duration.ofMillis(1))) == 1);
            PendingMail recovered = mails.find(claimed.id()).orElseThrow();
            assertThat(recovered.status()).isEqualTo(DeliveryStatus.RETRY_SCHEDULED);
            assertThat(recovered.lastError()).isEqualTo("Sender stopped while sending");
            // The dead sender's late outcome cannot overwrite what happened since.
            claimed.sent("<late@koploper.example>", Clock.systemUTC());
            assertThat(mails.save(claimed)).isFalse();
            PendingMail again = mails.claimNext("other", Duration.ofMinutes(5)).orElseThrow();
            assertThat(again.id()).isEqualTo(claimed.id());
            assertThat(again.attempts()).isEqualTo(2);
        });
    }

    @Test
    void retentionDeletesFinishedMailOlderThanTheRetention() {
        TenantId gemeente = TenantId.of(TestTokens.newGemeente("retain"));
        Clock longAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(401)), ZoneOffset.UTC);
        Clock recently = Clock.fixed(Instant.now().minus(Duration.ofDays(399)), ZoneOffset.UTC);
        TenantContext.runAs(gemeente, () -> {
            PendingMail oldSent = mail("old-sent", "a@example.nl", longAgo);
            oldSent.startSending(longAgo);
            oldSent.sent("<old@koploper.example>", longAgo);
            PendingMail oldFailed = mail("old-failed", "b@example.nl", longAgo);
            oldFailed.startSending(longAgo);
            oldFailed.rejected("550 unknown");
            PendingMail youngerSent = mail("younger", "c@example.nl", recently);
            youngerSent.startSending(recently);
            youngerSent.sent("<younger@koploper.example>", recently);
            mails.insertIfAbsent(oldSent);
            mails.insertIfAbsent(oldFailed);
            mails.insertIfAbsent(youngerSent);
        });
        mailGemeenten.register(gemeente);

        assertThat(retention.purge()).isGreaterThanOrEqualTo(2);

        TenantContext.runAs(gemeente, () -> assertThat(mails.page(null, null, 0, 10))
                .extracting(PendingMail::recipient).containsExactly("c@example.nl"));
    }

    /** Runs {@code sender} on four threads at once, as owners sender-0 … sender-3; their failures fail the test. */
    private static void asFourSenders(Consumer<String> sender) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                String owner = "sender-" + s;
                work.add(() -> {
                    sender.accept(owner);
                    return null;
                });
            }
            for (Future<Void> done : senders.invokeAll(work)) {
                done.get();
            }
        } finally {
            senders.shutdownNow();
        }
    }

    private static PendingMail mail(String eventId, String recipient, Clock clock) {
        return PendingMail.create(UUID.randomUUID().toString(),
                DeduplicationKey.of(eventId, recipient, MessageType.MEETING_INVITATION), recipient.strip(),
                MessageType.MEETING_INVITATION, CONTENT, clock);
    }
}
