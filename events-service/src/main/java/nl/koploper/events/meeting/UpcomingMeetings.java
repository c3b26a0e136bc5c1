package nl.koploper.events.meeting;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import nl.koploper.platform.jobs.Leases;
import nl.koploper.platform.tenancy.TenantId;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The scheduled meetings of every gemeente in one place, in the service's shared database ({@code events}), so that
 * the reminder and held-marking job can find what is due without visiting each gemeente's database. It is an index,
 * not the truth: each entry is a projection of its meeting, written after every save of it by {@link MeetingStore},
 * and whoever acts on an entry loads the meeting in its gemeente and judges the meeting itself. Only SCHEDULED
 * meetings have an entry; a draft, cancelled or held one has none.
 *
 * <p>Each job claims an entry before acting ({@link Leases}, a lease per job), so several replicas running the job at
 * once do not all load the same meeting. The meeting's own versioned save remains what guarantees one reminder: a
 * lease that expires mid-work at worst lets two replicas try, and one of them loses the save.
 *
 * <p>Plain BSON documents on purpose: a mapped {@code @Document} class would also get its indexes created in every
 * gemeente's database, where this collection does not belong.
 */
@Component
public class UpcomingMeetings {

    static final String COLLECTION = "upcoming_meetings";

    private final MongoCollection<Document> entries;

    UpcomingMeetings(@Qualifier("sharedMongoTemplate") MongoTemplate shared) {
        this.entries = shared.getCollection(COLLECTION);
        entries.createIndex(Indexes.ascending("reminderPending", "startsAt"));
        entries.createIndex(Indexes.ascending("endsAt"));
        entries.createIndex(Indexes.ascending("tenantId", "meetingId"), new IndexOptions().unique(true));
    }

    /** What a job does with an entry; the name of its lease field. */
    public enum Job {
        REMINDER("reminderLeaseUntil"), HELD("heldLeaseUntil");

        private final String leaseField;

        Job(String leaseField) {
            this.leaseField = leaseField;
        }
    }

    /** One due meeting: which gemeente's database to enter, and which meeting to load there. */
    public record Due(TenantId gemeente, String meetingId) {
    }

    /** Brings the meeting's entry up to date with the meeting just saved. */
    public void sync(Meeting meeting) {
        Bson id = Filters.eq("_id", key(meeting.tenantId(), meeting.id()));
        if (meeting.status() != MeetingStatus.SCHEDULED) {
            entries.deleteOne(id);
            return;
        }
        // Replacing the whole entry also drops any lease: the state it was taken for has changed, and a job that
        // still holds it re-judges the meeting itself anyway.
        entries.replaceOne(id, new Document("_id", key(meeting.tenantId(), meeting.id()))
                .append("tenantId", meeting.tenantId())
                .append("meetingId", meeting.id())
                .append("startsAt", Date.from(meeting.startsAt()))
                .append("endsAt", Date.from(meeting.endsAt()))
                .append("reminderPending", meeting.reminderPending()), new ReplaceOptions().upsert(true));
    }

    /** Meetings of any gemeente that start within {@code lead} from {@code now} and were not reminded of yet. */
    public List<Due> remindersDue(Instant now, Duration lead, int limit) {
        return find(Filters.and(Filters.eq("reminderPending", true), Filters.gt("startsAt", Date.from(now)),
                Filters.lte("startsAt", Date.from(now.plus(lead)))), limit);
    }

    /** Scheduled meetings of any gemeente whose end has passed. */
    public List<Due> ended(Instant now, int limit) {
        return find(Filters.lte("endsAt", Date.from(now)), limit);
    }

    /**
     * Takes the job's lease on the entry until {@code now + lease}, unless another holder's lease is still running.
     *
     * @return whether this caller holds it now
     */
    public boolean claim(Due due, Job job, Instant now, Duration lease) {
        return Leases.claim(entries, Filters.eq("_id", key(due.gemeente().value(), due.meetingId())), job.leaseField,
                now, lease);
    }

    /** Forgets an entry whose meeting no longer exists in its gemeente. */
    public void remove(Due due) {
        entries.deleteOne(Filters.eq("_id", key(due.gemeente().value(), due.meetingId())));
    }

    private List<Due> find(Bson filter, int limit) {
        List<Due> due = new ArrayList<>();
        for (Document entry : entries.find(filter).sort(Sorts.ascending("startsAt")).limit(limit)) {
            String gemeente = entry.getString("tenantId");
            if (TenantId.isValid(gemeente)) {
                due.add(new Due(TenantId.of(gemeente), entry.getString("meetingId")));
            }
        }
        return due;
    }

    // A gemeente slug cannot contain '/', so the key is unambiguous.
    private static String key(String gemeente, String meetingId) {
        return gemeente + "/" + meetingId;
    }
}
