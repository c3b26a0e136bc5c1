package nl.koploper.platform.jobs;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Leases on the entries of a work list in a shared MongoDB collection (a meeting owed a reminder, an action owed a
 * notice), so that the replicas running the same scheduled job share the entries instead of all doing each one.
 *
 * <p>A claim is one findAndModify that sets the lease only when the entry has none or it has run out: a replica that
 * dies holding one leaves it to run out, and another one takes the entry over. A lease that runs out mid-work lets a
 * second replica start on the entry, so the work itself must stay safe to do twice (a versioned save decides).
 */
public final class Leases {

    private Leases() {
    }

    /**
     * Sets {@code leaseField} of the entry matching {@code entry} to {@code now + lease}, unless another holder's
     * lease on it is still running.
     *
     * @return whether this caller holds the lease now; false too when no entry matches
     */
    public static boolean claim(MongoCollection<Document> entries, Bson entry, String leaseField, Instant now,
                                Duration lease) {
        Bson free = Filters.or(Filters.exists(leaseField, false), Filters.eq(leaseField, null),
                Filters.lte(leaseField, Date.from(now)));
        return entries.findOneAndUpdate(Filters.and(entry, free),
                Updates.set(leaseField, Date.from(now.plus(lease)))) != null;
    }
}
