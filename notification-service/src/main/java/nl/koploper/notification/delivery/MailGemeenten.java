package nl.koploper.notification.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.koploper.platform.tenancy.TenantId;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The gemeenten that have mail, in the shared database, each with the moment its next mail is due
 * ({@code nextDue}, absent when it has none waiting): the sender's passes go over the gemeenten that are due, so a
 * deployment with hundreds of gemeenten costs an idle sender one query on this small collection per pass. A gemeente
 * is registered before its first mail is stored, so no mail can sit in a database the sender does not know of.
 *
 * <p>{@code marks} counts how often a mail was announced as due; the sender sets the next due moment after a pass
 * only when the count is still the one it read before the pass ({@link #settle}), so a mail queued while it worked
 * keeps its gemeente due.
 */
@Component
public class MailGemeenten {

    private static final String NEXT_DUE = "nextDue";
    private static final String MARKS = "marks";

    private final MongoTemplate shared;
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    MailGemeenten(@Qualifier("sharedMongoTemplate") MongoTemplate shared) {
        this.shared = shared;
    }

    /** From now on the sender goes over {@code gemeente}; what it already knew of it is kept. */
    public void register(TenantId gemeente) {
        if (registered.contains(gemeente.value())) {
            return;
        }
        shared.upsert(query(where("_id").is(gemeente.value())), new Update().setOnInsert(MARKS, 0L),
                MailGemeente.class);
        registered.add(gemeente.value());
    }

    /** Whether this process registered {@code gemeente} (or found it registered) since it started. */
    boolean registeredHere(TenantId gemeente) {
        return registered.contains(gemeente.value());
    }

    public List<TenantId> all() {
        return shared.findAll(MailGemeente.class).stream().map(MailGemeente::gemeente).toList();
    }

    /** The gemeenten with mail waiting (due now or later, or being sent). */
    public List<TenantId> withMailWaiting() {
        return shared.find(query(where(NEXT_DUE).exists(true)), MailGemeente.class).stream().map(MailGemeente::gemeente)
                .toList();
    }

    /** Every registered gemeente, with the count of marks as read. */
    List<MailGemeente> listed() {
        return shared.findAll(MailGemeente.class);
    }

    /** A mail of a registered {@code gemeente} is due at {@code moment} (or earlier, if another one is). */
    void dueAt(TenantId gemeente, Instant moment) {
        shared.updateFirst(query(where("_id").is(gemeente.value())), new Update().min(NEXT_DUE, moment).inc(MARKS, 1),
                MailGemeente.class);
    }

    /** The gemeenten with mail due by {@code now}, with the count of marks as read. */
    List<MailGemeente> dueBy(Instant now) {
        return shared.find(query(where(NEXT_DUE).lte(now)), MailGemeente.class);
    }

    /**
     * After a pass over {@code read}: its next mail is due at {@code next} (null: none waiting), unless a mail was
     * announced since it was read.
     */
    void settle(MailGemeente read, Instant next) {
        Update update = next == null ? new Update().unset(NEXT_DUE) : new Update().set(NEXT_DUE, next);
        shared.updateFirst(query(where("_id").is(read.slug()).and(MARKS).is(read.marks())), update,
                MailGemeente.class);
    }

    /** @param nextDue absent (null) when no mail of the gemeente waits */
    @Document("mail_tenants")
    record MailGemeente(@Id String slug, Instant nextDue, long marks) {

        TenantId gemeente() {
            return TenantId.of(slug);
        }
    }
}
