package nl.koploper.events.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import nl.koploper.platform.events.AggregateStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Loads and saves meetings of the current gemeente (see {@link AggregateStore} for the gemeente filter and how a change
 * that loses a race, such as two acceptances for the last place, is applied again to the fresh meeting). After every
 * save it brings the meeting's entry in {@link UpcomingMeetings} up to date, so that no code path can forget to.
 */
@Component
public class MeetingStore extends AggregateStore<Meeting> {

    private final UpcomingMeetings upcoming;

    MeetingStore(MongoTemplate mongo, UpcomingMeetings upcoming) {
        super(mongo, Meeting.class, "Meeting");
        this.upcoming = upcoming;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the id or the request key is taken */
    Meeting insert(Meeting meeting) {
        Meeting inserted = mongo.insert(meeting);
        upcoming.sync(inserted);
        return inserted;
    }

    @Override
    public <T> T change(String id, Long expectedVersion, Function<Meeting, T> change) {
        AtomicReference<Meeting> changed = new AtomicReference<>();
        T result = super.change(id, expectedVersion, meeting -> {
            changed.set(meeting);
            return change.apply(meeting);
        });
        upcoming.sync(changed.get());
        return result;
    }

    /** A page of the gemeente's meetings (of one cohort, when given), soonest first. */
    List<Meeting> page(String cohortId, int page, int size) {
        Query query = ofThisGemeente(ofCohort(cohortId))
                .with(Sort.by(Sort.Order.asc("startsAt"), Sort.Order.asc("_id")))
                .skip((long) page * size)
                .limit(size);
        return mongo.find(query, Meeting.class);
    }

    long count(String cohortId) {
        return mongo.count(ofThisGemeente(ofCohort(cohortId)), Meeting.class);
    }

    /** The cohort's meetings that have not started yet and were not cancelled: where a late registrant is invited. */
    public List<Meeting> upcoming(String cohortId, Instant now) {
        return mongo.find(ofThisGemeente(Criteria.where("cohortId").is(cohortId)
                .and("status").in(MeetingStatus.DRAFT, MeetingStatus.SCHEDULED)
                .and("startsAt").gt(now)), Meeting.class);
    }

    /**
     * The meetings of any cohort (and the network activities) that have not started, were not cancelled and have an
     * active NETWORK_MEMBER invitation of the member: where a member who leaves the network is withdrawn.
     */
    public List<Meeting> upcomingWithNetworkMember(String memberId, Instant now) {
        return mongo.find(ofThisGemeente(Criteria.where("invitations").elemMatch(Criteria.where("participantId")
                        .is(memberId).and("kind").is(InviteeKind.NETWORK_MEMBER))
                .and("status").in(MeetingStatus.DRAFT, MeetingStatus.SCHEDULED)
                .and("startsAt").gt(now)), Meeting.class);
    }

    /** Whether the cohort has a kick-off that was not called off (proposed, scheduled or held). */
    boolean hasKickOff(String cohortId) {
        return mongo.exists(ofThisGemeente(Criteria.where("cohortId").is(cohortId)
                .and("type").is(MeetingType.KICK_OFF)
                .and("status").ne(MeetingStatus.CANCELLED)), Meeting.class);
    }

    Optional<Meeting> findByRequestKey(String requestKey) {
        return Optional.ofNullable(mongo.findOne(ofThisGemeente(Criteria.where("requestKey").is(requestKey)),
                Meeting.class));
    }

    /**
     * Every meeting of the cohort that its members have heard of (not the drafts), soonest first: the cohort's
     * calendar feed.
     */
    public List<Meeting> announcedOfCohort(String cohortId) {
        return mongo.find(ofThisGemeente(Criteria.where("cohortId").is(cohortId)
                        .and("status").ne(MeetingStatus.DRAFT))
                .with(Sort.by(Sort.Order.asc("startsAt"), Sort.Order.asc("_id"))), Meeting.class);
    }

    public boolean cohortHasMeetings(String cohortId) {
        return mongo.exists(ofThisGemeente(Criteria.where("cohortId").is(cohortId)), Meeting.class);
    }

    /** The announced meetings a participant (or network member) was ever invited to, soonest first. */
    public List<Meeting> announcedOfParticipant(String participantId) {
        return mongo.find(ofThisGemeente(Criteria.where("invitations.participantId").is(participantId)
                        .and("status").ne(MeetingStatus.DRAFT))
                .with(Sort.by(Sort.Order.asc("startsAt"), Sort.Order.asc("_id"))), Meeting.class);
    }

    /**
     * Whether {@code email} is the address of an invitation of the participant in any meeting: how a participant's
     * login (which carries the e-mail, as cohort-service identifies it) is recognised as that participant.
     */
    public boolean isContactOf(String participantId, String email) {
        String address = email.strip();
        return mongo.find(ofThisGemeente(Criteria.where("invitations.participantId").is(participantId)), Meeting.class)
                .stream()
                .flatMap(meeting -> meeting.invitations().stream())
                .anyMatch(i -> participantId.equals(i.participantId()) && address.equalsIgnoreCase(i.email()));
    }

    private static Criteria ofCohort(String cohortId) {
        return cohortId == null ? new Criteria() : Criteria.where("cohortId").is(cohortId);
    }
}
