package nl.koploper.notification.delivery;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.koploper.notification.config.NotificationProperties;
import nl.koploper.platform.events.WakeUpLoop;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Sends due mail of every gemeente that has any. Each pass: hand back mails abandoned by a dead sender, then let
 * {@code parallelism} workers (a fixed pool: the bound on SMTP conversations at once) claim and send mails one by
 * one until none is due or the pass's batch is used up. Claims are atomic (see {@link PendingMails#claimNext}), so
 * any number of replicas can run this side by side without sending one mail twice at the same time.
 *
 * <p>When: passes run on a thread of their own ({@link WakeUpLoop}). Queuing a mail ({@link PendingMails#queued})
 * marks its gemeente due now, notes the mail's id and wakes the loop; wake-ups during a pass make one more pass after
 * it. A pass first claims the mails noted here by their ids (a claim that costs the same however many mails a
 * gemeente holds), then, at most once per {@code interval}, goes over the gemeenten whose next mail is due
 * ({@link MailGemeenten}: one query, however many gemeenten there are) and claims by query what is due there: mail
 * queued by another replica, a retry that came due, a lease that ran out, a noted id that found no place. After
 * that each gemeente's next due moment is recorded: its earliest waiting mail, or the end of a SENDING mail's lease
 * (to hand it back if its sender died). At start-up and every {@code fullScanInterval} a pass goes over every
 * gemeente instead, the safety net for a due moment that was never recorded.
 *
 * <p>SMTP calls go through a circuit breaker: while it is open no mail is claimed at all (so an outage does not burn
 * the mails' attempts), and while it is half-open a single worker sends a single probe.
 */
@Component
public class MailDispatcher implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    /** More noted ids than this (SMTP slower than the queuing for a long while) are left to the query. */
    private static final int QUEUED_HERE_LIMIT = 10_000;

    private final MailGemeenten mailGemeenten;
    private final PendingMails mails;
    private final MimeMails mimeMails;
    private final AttachmentFetcher attachments;
    private final JavaMailSenderImpl smtp;
    private final CircuitBreaker breaker;
    private final NotificationProperties.Sending settings;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private final String owner;
    private final ExecutorService pool;
    private final ApplicationEventPublisher publisher;
    private final WakeUpLoop loop;
    private final BlockingQueue<QueuedMail> queuedHere = new LinkedBlockingQueue<>(QUEUED_HERE_LIMIT);
    private final AtomicBoolean dueGemeentenWanted = new AtomicBoolean();
    private Long lastFullPass; // null until the first pass, which goes over every gemeente
    private long lastDueGemeentenPass; // the loop thread's only

    /** A mail this process queued, claimed by its id in the next pass. */
    private record QueuedMail(TenantId gemeente, String id) {
    }

    MailDispatcher(MailGemeenten mailGemeenten, PendingMails mails, MimeMails mimeMails, AttachmentFetcher attachments,
                   JavaMailSenderImpl smtp,
                   CircuitBreaker smtpCircuitBreaker, NotificationProperties properties, Clock clock,
                   ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.mailGemeenten = mailGemeenten;
        this.mails = mails;
        this.mimeMails = mimeMails;
        this.attachments = attachments;
        this.smtp = smtp;
        this.breaker = smtpCircuitBreaker;
        this.settings = properties.sending();
        this.retryPolicy = properties.retry().policy();
        this.clock = clock;
        // Who holds a lease, for the log and for an operator looking at a stuck SENDING mail.
        this.owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(settings.parallelism(), task -> {
            Thread thread = new Thread(task, "mail-sender-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.loop = new WakeUpLoop("mail-dispatcher", settings.interval(), this::pass);
        mails.whenQueued(this::mailQueued);
    }

    /** Passes the interval started rather than a queued mail (see {@link WakeUpLoop#timedPasses()}). */
    long timedPasses() {
        return loop.timedPasses();
    }

    /**
     * Mail {@code mailId} of {@code gemeente} is due now: mark the gemeente due (for every replica's sender), note the
     * id for this sender's next pass and wake it.
     */
    void mailQueued(TenantId gemeente, String mailId) {
        mailGemeenten.dueAt(gemeente, clock.instant());
        // Only for gemeenten the sender goes over, as the query would (see MailGemeenten#register).
        if (!mailGemeenten.registeredHere(gemeente) || !queuedHere.offer(new QueuedMail(gemeente, mailId))) {
            dueGemeentenWanted.set(true);
        }
        loop.wakeUp();
    }

    /**
     * The loop's pass: the mails queued here by their ids; then every gemeente at start-up and once a full-scan
     * interval has gone by, else the gemeenten whose next mail is due, at most once per interval unless asked for.
     */
    private void pass() {
        try {
            sendQueuedHere();
            long now = System.nanoTime();
            if (lastFullPass == null || now - lastFullPass >= settings.fullScanInterval().toNanos()) {
                lastFullPass = now;
                lastDueGemeentenPass = now;
                dueGemeentenWanted.set(false);
                sendDue();
            } else if (dueGemeentenWanted.getAndSet(false)
                    || now - lastDueGemeentenPass >= settings.interval().toNanos()) {
                lastDueGemeentenPass = now;
                sendDue(mailGemeenten.dueBy(clock.instant()));
            }
        } catch (RuntimeException e) {
            log.error("Mail sending pass failed; the next pass tries again", e);
        }
    }

    /**
     * Claims and sends the mails queued here so far, by their ids, on all the workers; what is queued meanwhile has
     * woken the loop for the next pass. With the breaker not closed they are left to the query pass (which probes and
     * waits as the breaker says).
     */
    private void sendQueuedHere() {
        Queue<QueuedMail> batch = new ConcurrentLinkedQueue<>();
        queuedHere.drainTo(batch);
        if (batch.isEmpty()) {
            return;
        }
        if (breaker.getState() != CircuitBreaker.State.CLOSED) {
            dueGemeentenWanted.set(true);
            return;
        }
        List<Callable<Void>> workers = new ArrayList<>();
        for (int i = 0; i < Math.min(settings.parallelism(), batch.size()); i++) {
            workers.add(() -> {
                QueuedMail queued;
                while (breaker.getState() == CircuitBreaker.State.CLOSED && (queued = batch.poll()) != null) {
                    QueuedMail mail = queued;
                    try (TenantContext.Scope ignored = TenantContext.enter(mail.gemeente())) {
                        MDC.put(TenantContext.MDC_KEY, mail.gemeente().value());
                        mails.claim(mail.id(), owner, settings.lease()).ifPresent(this::send);
                    } catch (RuntimeException e) {
                        log.warn("Mail {} queued here could not be claimed; the next pass over its gemeente sends it",
                                mail.id(), e);
                        dueGemeentenWanted.set(true);
                    } finally {
                        MDC.remove(TenantContext.MDC_KEY);
                    }
                }
                return null;
            });
        }
        try {
            pool.invokeAll(workers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!batch.isEmpty()) {
            dueGemeentenWanted.set(true); // the breaker opened meanwhile: the query pass decides
        }
    }

    /** One pass over every gemeente with mail; returns how many mails went out. */
    public int sendDue() {
        return sendDue(mailGemeenten.listed());
    }

    /**
     * Hands back the abandoned mails of these gemeenten and sends what is due; then records when each one next needs
     * the sender. A pass that used up its batch asks for the next one at once and leaves them due.
     */
    private int sendDue(List<MailGemeenten.MailGemeente> due) {
        if (due.isEmpty()
                || breaker.getState() == CircuitBreaker.State.OPEN
                || breaker.getState() == CircuitBreaker.State.FORCED_OPEN) {
            return 0; // (an open breaker leaves the gemeenten due: the pass after it closes sends)
        }
        List<TenantId> withMail = due.stream().map(MailGemeenten.MailGemeente::gemeente).toList();
        for (TenantId gemeente : withMail) {
            TenantContext.runAs(gemeente, () -> mails.recoverAbandoned(settings.lease()));
        }
        boolean probing = breaker.getState() != CircuitBreaker.State.CLOSED;
        AtomicInteger budget = new AtomicInteger(probing ? 1 : settings.batchSize());
        AtomicInteger sent = new AtomicInteger();
        List<Callable<Void>> workers = new ArrayList<>();
        for (int i = 0; i < (probing ? 1 : settings.parallelism()); i++) {
            workers.add(() -> {
                drain(withMail, budget, sent);
                return null;
            });
        }
        try {
            pool.invokeAll(workers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (budget.get() <= 0) {
            dueGemeentenWanted.set(true);
            loop.wakeUp(); // more may be due than one pass may send
        } else if (breaker.getState() == CircuitBreaker.State.CLOSED) {
            for (MailGemeenten.MailGemeente mailGemeente : due) {
                mailGemeenten.settle(mailGemeente, TenantContext.callAs(mailGemeente.gemeente(), mails::nextDue));
            }
        }
        return sent.get();
    }

    private void drain(List<TenantId> withMail, AtomicInteger budget, AtomicInteger sent) {
        for (TenantId gemeente : withMail) {
            try (TenantContext.Scope ignored = TenantContext.enter(gemeente)) {
                MDC.put(TenantContext.MDC_KEY, gemeente.value());
                while (budget.getAndDecrement() > 0) {
                    if (breaker.getState() == CircuitBreaker.State.OPEN) {
                        return;
                    }
                    Optional<PendingMail> claimed = mails.claimNext(owner, settings.lease());
                    if (claimed.isEmpty()) {
                        budget.incrementAndGet(); // unused: the next gemeente may have mail
                        break;
                    }
                    if (send(claimed.get())) {
                        sent.incrementAndGet();
                    }
                }
            } finally {
                MDC.remove(TenantContext.MDC_KEY);
            }
        }
    }

    /** Sends one claimed mail and records the outcome; @return whether the SMTP server accepted it */
    boolean send(PendingMail mail) {
        boolean accepted = false;
        try {
            // Fetched for each send, outside the breaker: cohort-service being down says nothing about SMTP.
            FetchedAttachment attachment = mail.content() == null ? null : attachments.fetchFor(mail.content());
            MimeMessage message = mimeMails.build(mail, smtp.getSession(), attachment);
            breaker.executeCheckedSupplier(() -> {
                smtp.send(message);
                return null;
            });
            mail.sent(mimeMails.messageIdOf(mail), clock);
            accepted = true;
        } catch (CallNotPermittedException open) {
            mail.failed("SMTP circuit breaker open after repeated failures", retryPolicy, ThreadLocalRandom.current(),
                    clock);
        } catch (AttachmentUnavailableException missing) {
            // Not sent without its file: retried like an SMTP outage, FAILED with this reason after the last attempt.
            if (missing.permanent()) {
                mail.rejected(missing.getMessage());
            } else {
                mail.failed(missing.getMessage(), retryPolicy, ThreadLocalRandom.current(), clock);
            }
        } catch (MessagingException unbuildable) {
            // The mail itself is broken (an address that does not parse): sending it again changes nothing.
            mail.rejected("Cannot build the message: " + SmtpFailures.reason(unbuildable));
        } catch (Throwable smtpFailure) {
            // MailException from the SMTP conversation; an Error is recorded too, or the mail would wait for the lease.
            recordFailure(mail, smtpFailure);
        }
        if (!mails.save(mail)) {
            log.warn("Mail {} changed while this sender held it (lease taken over); its outcome here ({}) is dropped",
                    mail.id(), mail.status());
        } else if (mail.status() == DeliveryStatus.FAILED) {
            log.warn("Mail {} ({}) failed for good after {} attempts: {}", mail.id(), mail.messageType(),
                    mail.attempts(), mail.lastError());
            announceFailure(mail);
        }
        return accepted;
    }

    /** Tells the listeners (the coordinator's notice); their trouble must not disturb the sending. */
    private void announceFailure(PendingMail mail) {
        try {
            publisher.publishEvent(new MailFailedForGood(TenantContext.require(), mail.id(), mail.recipient(),
                    mail.messageType(), mail.content() == null ? mail.messageType().folder() : mail.content().subject(),
                    mail.lastError()));
        } catch (RuntimeException e) {
            log.error("Mail {} failed for good, but telling so failed too", mail.id(), e);
        }
    }

    private void recordFailure(PendingMail mail, Throwable failure) {
        String reason = SmtpFailures.reason(failure);
        if (SmtpFailures.isPermanent(failure)) {
            mail.rejected("Rejected by the SMTP server: " + reason);
        } else {
            mail.failed(reason, retryPolicy, ThreadLocalRandom.current(), clock);
        }
    }

    @Override
    public void start() {
        if (settings.enabled()) {
            loop.start();
        }
    }

    @Override
    public void stop() {
        loop.stop(Duration.ofSeconds(10));
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    @Override
    public void destroy() {
        loop.stop(Duration.ofSeconds(10));
        pool.shutdownNow();
    }
}
