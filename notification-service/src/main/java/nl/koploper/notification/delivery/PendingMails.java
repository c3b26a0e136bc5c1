package nl.koploper.notification.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import nl.koploper.notification.template.MessageType;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The current gemeente's pending mails and delivery log. Every change that races another replica is one atomic
 * document operation: the insert against the unique deduplication index, the claim (findAndModify), and saves
 * guarded by the version the claim set.
 */
@Component
public class PendingMails {

    private static final Logger log = LoggerFactory.getLogger(PendingMails.class);
    private static final List<DeliveryStatus> CLAIMABLE = List.of(DeliveryStatus.PENDING, DeliveryStatus.RETRY_SCHEDULED);

    private final MongoTemplate gemeenteTemplate;
    private final Clock clock;
    private final List<BiConsumer<TenantId, String>> whenQueued = new CopyOnWriteArrayList<>();

    PendingMails(MongoTemplate gemeenteTemplate, Clock clock) {
        this.gemeenteTemplate = gemeenteTemplate;
        this.clock = clock;
    }

    /**
     * Stores a new mail and tells those {@link #whenQueued registered} (the sender, so it goes out at once).
     *
     * @return false when a mail with the same deduplication key is already there (a redelivered event)
     */
    public boolean insertIfAbsent(PendingMail mail) {
        try {
            gemeenteTemplate.insert(mail);
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
        queued(TenantContext.require(), mail.id());
        return true;
    }

    /** {@code listener} hears of every mail this process queues or makes due again: its gemeente and its id. */
    void whenQueued(BiConsumer<TenantId, String> listener) {
        whenQueued.add(listener);
    }

    /** Mail {@code mailId} of {@code gemeente} became due now (queued, or handed back for a retry by a coordinator). */
    public void queued(TenantId gemeente, String mailId) {
        whenQueued.forEach(listener -> listener.accept(gemeente, mailId));
    }

    /**
     * Claims the most overdue mail for {@code owner}: PENDING or RETRY_SCHEDULED and due becomes SENDING, with one
     * more attempt and a lease, in one findAndModify, so that two replicas can never claim the same mail. Mirrors
     * {@link PendingMail#startSending}, which cannot be atomic across processes.
     */
    public Optional<PendingMail> claimNext(String owner, Duration lease) {
        Instant now = clock.instant();
        Query due = query(where("status").in(CLAIMABLE).and("nextAttemptAt").lte(now))
                .with(Sort.by("nextAttemptAt"));
        return Optional.ofNullable(gemeenteTemplate.findAndModify(due, claimBy(owner, lease, now),
                FindAndModifyOptions.options().returnNew(true), PendingMail.class));
    }

    private static Update claimBy(String owner, Duration lease, Instant now) {
        return new Update()
                .set("status", DeliveryStatus.SENDING)
                .inc("attempts", 1)
                .set("sendingSince", now)
                .set("nextAttemptAt", null)
                .set("leaseOwner", owner)
                .set("leaseUntil", now.plus(lease))
                .inc("version", 1);
    }

    /**
     * Claims mail {@code id} as {@link #claimNext} would, if it is still due: found by its id, so the claim costs the
     * same however many mails the gemeente has. Empty when it was claimed, sent or rescheduled meanwhile.
     */
    public Optional<PendingMail> claim(String id, String owner, Duration lease) {
        Instant now = clock.instant();
        Query dueById = query(where("_id").is(id).and("status").in(CLAIMABLE).and("nextAttemptAt").lte(now));
        return Optional.ofNullable(gemeenteTemplate.findAndModify(dueById, claimBy(owner, lease, now),
                FindAndModifyOptions.options().returnNew(true), PendingMail.class));
    }

    /**
     * When the current gemeente next needs the sender: its earliest PENDING or RETRY_SCHEDULED mail, or the end of the
     * lease of a SENDING one (to hand it back if its sender died); null when no mail waits.
     */
    public Instant nextDue() {
        Instant next = earliest(query(where("status").in(CLAIMABLE)), "nextAttemptAt");
        Instant leaseEnd = earliest(query(where("status").is(DeliveryStatus.SENDING)), "leaseUntil");
        if (next == null || (leaseEnd != null && leaseEnd.isBefore(next))) {
            return leaseEnd;
        }
        return next;
    }

    /** The earliest value of the time {@code field} among the mails {@code matching}, reading only that field. */
    private Instant earliest(Query matching, String field) {
        matching.with(Sort.by(field)).limit(1).fields().include(field);
        org.bson.Document first = gemeenteTemplate.findOne(matching, org.bson.Document.class,
                gemeenteTemplate.getCollectionName(PendingMail.class));
        return first == null || first.getDate(field) == null ? null : first.getDate(field).toInstant();
    }

    /**
     * Hands back mails whose sender died while SENDING (lease expired): due again at once. A mail the SMTP server
     * had accepted just before the crash goes out a second time, with the same Message-ID.
     *
     * @return how many were recovered
     */
    public int recoverAbandoned(Duration lease) {
        int recovered = 0;
        for (PendingMail mail : gemeenteTemplate.find(query(where("status").is(DeliveryStatus.SENDING)
                .and("leaseUntil").lt(clock.instant())).limit(100), PendingMail.class)) {
            if (mail.recoverIfAbandoned(lease, clock) && save(mail)) {
                log.warn("Recovered mail {} abandoned while sending (attempt {})", mail.id(), mail.attempts());
                recovered++;
            }
        }
        return recovered;
    }

    /** @return false when someone else changed it since it was read (a lease taken over, a second retry) */
    public boolean save(PendingMail mail) {
        try {
            gemeenteTemplate.save(mail);
            return true;
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return false;
        }
    }

    public Optional<PendingMail> find(String id) {
        return Optional.ofNullable(gemeenteTemplate.findById(id, PendingMail.class));
    }

    /** Whether any mail is not finished yet: waiting, being sent, or waiting for a retry. */
    public boolean hasOpenMail() {
        return gemeenteTemplate.exists(query(where("status").in(DeliveryStatus.PENDING, DeliveryStatus.SENDING,
                DeliveryStatus.RETRY_SCHEDULED)), PendingMail.class);
    }

    /** A page of the log, newest first. */
    public List<PendingMail> page(DeliveryStatus status, MessageType type, int page, int size) {
        return gemeenteTemplate.find(filter(status, type)
                .with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")))
                .skip((long) page * size).limit(size), PendingMail.class);
    }

    public long count(DeliveryStatus status, MessageType type) {
        return gemeenteTemplate.count(filter(status, type), PendingMail.class);
    }

    /** Deletes finished mails created before {@code cutoff}; @return how many */
    public long purgeFinishedBefore(Instant cutoff) {
        return gemeenteTemplate.remove(query(where("status").in(DeliveryStatus.SENT, DeliveryStatus.FAILED)
                .and("createdAt").lt(cutoff)), PendingMail.class).getDeletedCount();
    }

    private static Query filter(DeliveryStatus status, MessageType type) {
        Criteria criteria = new Criteria();
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (type != null) {
            criteria = criteria.and("messageType").is(type);
        }
        return query(criteria);
    }
}
