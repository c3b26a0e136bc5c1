package nl.koploper.assessment.actionplan;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.platform.jobs.Leases;
import nl.koploper.platform.tenancy.TenantId;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The unfinished actions of every gemeente with their due dates, in the service's shared database: the overdue job
 * finds what is due here without visiting each gemeente's database, and claims each action here so replicas share
 * the work. The plans stay the truth: the job re-judges the action in its plan before recording a notice.
 *
 * <p>An entry: {@code tenantId}, {@code caseId}, {@code actionId}, {@code dueDate} (ISO date text, which sorts and
 * compares as dates do), {@code overdueNoticeFor} (the due date whose notice is recorded) and a lease.
 */
@Component
public class OpenActions {

    static final String COLLECTION = "open_actions";

    private final MongoCollection<Document> entries;

    OpenActions(@Qualifier("sharedMongoTemplate") MongoTemplate shared) {
        this.entries = shared.getCollection(COLLECTION);
        entries.createIndex(Indexes.ascending("noticePending", "dueDate"));
    }

    /** One action owed a notice: which gemeente, case and action. */
    public record Due(TenantId gemeente, String caseId, String actionId, String dueDate) {
    }

    /** Brings the entries of a plan up to date after its save: finished actions leave the index. */
    void sync(ActionPlan plan) {
        for (PlannedAction action : plan.actions()) {
            Bson id = Filters.eq("_id", key(plan.tenantId(), plan.id(), action.id()));
            if (action.status().finished()) {
                entries.deleteOne(id);
                continue;
            }
            entries.replaceOne(id, new Document("_id", key(plan.tenantId(), plan.id(), action.id()))
                    .append("tenantId", plan.tenantId())
                    .append("caseId", plan.id())
                    .append("actionId", action.id())
                    .append("dueDate", action.dueDate().toString())
                    .append("overdueNoticeFor", action.overdueNoticeFor() == null ? null
                            : action.overdueNoticeFor().toString())
                    .append("noticePending", !action.dueDate().equals(action.overdueNoticeFor())),
                    new ReplaceOptions().upsert(true));
        }
    }

    /** Actions of any gemeente whose due date is before {@code today} and whose notice for that date is not recorded. */
    List<Due> overdue(LocalDate today, int limit) {
        Bson filter = Filters.and(Filters.eq("noticePending", true), Filters.lt("dueDate", today.toString()));
        List<Due> due = new ArrayList<>();
        for (Document entry : entries.find(filter).sort(Sorts.ascending("dueDate")).limit(limit)) {
            String gemeente = entry.getString("tenantId");
            if (TenantId.isValid(gemeente)) {
                due.add(new Due(TenantId.of(gemeente), entry.getString("caseId"), entry.getString("actionId"),
                        entry.getString("dueDate")));
            }
        }
        return due;
    }

    /**
     * Claims the action for its notice of {@code due.dueDate()} ({@link Leases}): only while that date's notice is not
     * recorded and no other replica's lease runs.
     */
    boolean claim(Due due, Instant now, Duration lease) {
        return Leases.claim(entries, Filters.and(
                        Filters.eq("_id", key(due.gemeente().value(), due.caseId(), due.actionId())),
                        Filters.eq("dueDate", due.dueDate()), Filters.ne("overdueNoticeFor", due.dueDate())),
                "leaseUntil", now, lease);
    }

    /** The notice for that due date is recorded (or not owed any more): the entry is done with it. */
    void noticed(Due due) {
        entries.updateOne(Filters.and(Filters.eq("_id", key(due.gemeente().value(), due.caseId(), due.actionId())),
                        Filters.eq("dueDate", due.dueDate())),
                Updates.combine(Updates.set("overdueNoticeFor", due.dueDate()), Updates.set("noticePending", false),
                        Updates.unset("leaseUntil")));
    }

    void remove(Due due) {
        entries.deleteOne(Filters.eq("_id", key(due.gemeente().value(), due.caseId(), due.actionId())));
    }

    // Neither a gemeente's slug nor a case id (a UUID) nor an action id contains '/'.
    private static String key(String gemeente, String caseId, String actionId) {
        return gemeente + "/" + caseId + "/" + actionId;
    }
}
