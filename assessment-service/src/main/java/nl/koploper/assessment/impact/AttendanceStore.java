package nl.koploper.assessment.impact;

import java.util.List;
import nl.koploper.contracts.meeting.MeetingAttendanceRecorded;
import nl.koploper.platform.events.EventHandler;
import nl.koploper.platform.events.RejectedEventException;
import nl.koploper.platform.tenancy.TenantContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps the newest reported attendance per meeting of the current gemeente. Applying an event is idempotent by its
 * nature: each report carries the meeting's whole attendance, so a redelivery replaces it with the same, and an older
 * report (by {@code recordedAt}) arriving late changes nothing.
 */
@Component
class AttendanceStore {

    private final MongoTemplate mongo;

    AttendanceStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return whether the report became the one kept */
    boolean keep(MeetingAttendanceRecorded event) {
        if (event.meeting() == null || event.meeting().meetingId() == null || event.recordedAt() == null) {
            throw new RejectedEventException("Attendance without meeting id or time cannot be kept");
        }
        String gemeente = TenantContext.require().value();
        List<MeetingAttendance.Entry> entries = event.attendance() == null ? List.of() : event.attendance().stream()
                .filter(a -> a != null && a.participantId() != null && "PARTICIPANT".equals(a.kind()))
                .map(a -> new MeetingAttendance.Entry(a.participantId(), a.present())).toList();
        MeetingAttendance kept = new MeetingAttendance(event.meeting().meetingId(), gemeente, event.cohortId(),
                event.meeting().title(), event.meeting().start(), entries, event.recordedAt());
        while (true) {
            Query byId = Query.query(Criteria.where("_id").is(kept.meetingId()).and("tenantId").is(gemeente));
            MeetingAttendance existing = mongo.findOne(byId, MeetingAttendance.class);
            if (existing == null) {
                try {
                    mongo.insert(kept);
                    return true;
                } catch (DuplicateKeyException raced) {
                    continue;
                }
            }
            if (!existing.recordedAt().isBefore(kept.recordedAt())) {
                return false;
            }
            // Replace only the report we read, so a concurrent newer one is never overwritten by an older one.
            if (mongo.findAndReplace(byId.addCriteria(Criteria.where("recordedAt").is(existing.recordedAt())),
                    kept) != null) {
                return true;
            }
        }
    }

    /** The attendance of the gemeente's meetings (of one cohort when given). */
    List<MeetingAttendance> of(String cohortId) {
        Criteria criteria = Criteria.where("tenantId").is(TenantContext.require().value());
        if (cohortId != null) {
            criteria = criteria.and("cohortId").is(cohortId);
        }
        return mongo.find(Query.query(criteria), MeetingAttendance.class);
    }

    @Configuration(proxyBeanMethods = false)
    static class Handlers {

        @Bean
        EventHandler<MeetingAttendanceRecorded> keepAttendance(AttendanceStore store) {
            return EventHandler.of(MeetingAttendanceRecorded.class, event -> store.keep(event.payload()));
        }
    }
}
