package nl.koploper.cohort.certificate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.koploper.cohort.cohort.Cohort;
import nl.koploper.contracts.assessment.ActionPlanStarted;
import nl.koploper.contracts.assessment.NulmetingCompleted;
import nl.koploper.contracts.assessment.ProfilePublished;
import nl.koploper.contracts.meeting.AttendanceEntry;
import nl.koploper.contracts.meeting.MeetingAttendanceRecorded;
import nl.koploper.platform.events.ReceivedEvent;
import nl.koploper.platform.events.RejectedEventException;
import nl.koploper.platform.tenancy.TenantContext;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The facts the certificate's criteria are judged on, kept from the other services' events: nulmeting completed,
 * profile published and action plan made (assessment-service), and attendance at the cohort's meetings
 * (events-service). Applying an event twice changes nothing: a moment is set to the earliest report of it, and a
 * meeting's attendance is replaced only by a newer report.
 */
@Component
class CompletionFacts implements CertificateCriteria {

    private final MongoTemplate mongo;

    CompletionFacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void nulmetingCompleted(ReceivedEvent<NulmetingCompleted> event) {
        NulmetingCompleted done = event.payload();
        reached(event, done.participantId(), done.cohortId(), "nulmetingCompletedAt", done.completedAt());
    }

    void profilePublished(ReceivedEvent<ProfilePublished> event) {
        ProfilePublished published = event.payload();
        reached(event, published.participantId(), published.cohortId(), "profilePublishedAt",
                published.publishedAt());
    }

    void actionPlanStarted(ReceivedEvent<ActionPlanStarted> event) {
        ActionPlanStarted started = event.payload();
        reached(event, started.participantId(), started.cohortId(), "actionPlanStartedAt", started.startedAt());
    }

    private void reached(ReceivedEvent<?> event, String participantId, String cohortId, String field, Instant at) {
        if (blank(participantId) || at == null) {
            throw new RejectedEventException(event.type() + " " + event.id() + " lacks its participant or its time");
        }
        // $min keeps the first moment whatever the order of deliveries, and sets it when it is not there yet.
        Update update = new Update().min(field, at).set("tenantId", event.tenant().value());
        if (!blank(cohortId)) {
            update.set("cohortId", cohortId);
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(participantId)), update, CompletionProgress.class);
    }

    void attendanceRecorded(ReceivedEvent<MeetingAttendanceRecorded> event) {
        MeetingAttendanceRecorded recorded = event.payload();
        if (recorded.meeting() == null || blank(recorded.meeting().meetingId()) || recorded.recordedAt() == null) {
            throw new RejectedEventException("MeetingAttendanceRecorded " + event.id()
                    + " lacks its meeting or the time it was recorded");
        }
        if (blank(recorded.cohortId())) {
            return; // a network activity: no cohort's certificates depend on it
        }
        List<String> present = recorded.attendance() == null ? List.of() : recorded.attendance().stream()
                .filter(entry -> entry.present() && "PARTICIPANT".equals(entry.kind()) && entry.participantId() != null)
                .map(AttendanceEntry::participantId).distinct().toList();
        String meetingId = recorded.meeting().meetingId();
        MeetingAttendance earlier = mongo.findById(meetingId, MeetingAttendance.class);
        if (earlier != null && earlier.recordedAt().isAfter(recorded.recordedAt())) {
            return;
        }
        mongo.save(new MeetingAttendance(meetingId, event.tenant().value(), recorded.cohortId(), present,
                recorded.recordedAt()));
    }

    /** Each participant's facts of {@code cohort}; a participant nothing is known of has none met. */
    Map<String, Facts> of(Cohort cohort) {
        String gemeente = TenantContext.require().value();
        List<String> ids = cohort.participants().stream().map(p -> p.id()).toList();
        Map<String, CompletionProgress> progress = mongo.find(Query.query(Criteria.where("_id").in(ids)
                        .and("tenantId").is(gemeente)), CompletionProgress.class).stream()
                .collect(Collectors.toMap(CompletionProgress::participantId, Function.identity()));
        List<MeetingAttendance> meetings = mongo.find(Query.query(Criteria.where("cohortId").is(cohort.id())
                .and("tenantId").is(gemeente)), MeetingAttendance.class);
        return ids.stream().collect(Collectors.toMap(Function.identity(), id -> {
            CompletionProgress p = progress.get(id);
            int attended = (int) meetings.stream().filter(m -> m.presentParticipantIds().contains(id)).count();
            return new Facts(p != null && p.nulmetingCompletedAt() != null, p != null && p.profilePublishedAt() != null,
                    p != null && p.actionPlanStartedAt() != null, attended, cohort.minimumMeetingsAttended());
        }));
    }

    @Override
    public Predicate<String> metIn(Cohort cohort) {
        Map<String, Facts> facts = of(cohort);
        return participantId -> facts.containsKey(participantId) && facts.get(participantId).met();
    }

    /** One participant's criteria: each fact and whether all are met. */
    record Facts(boolean nulmetingCompleted, boolean profilePublished, boolean actionPlanMade, int meetingsAttended,
                 int minimumMeetingsAttended) {

        boolean met() {
            return nulmetingCompleted && profilePublished && actionPlanMade
                    && meetingsAttended >= minimumMeetingsAttended;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
