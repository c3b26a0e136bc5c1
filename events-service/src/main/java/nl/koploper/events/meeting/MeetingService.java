package nl.koploper.events.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.koploper.platform.tenancy.TenantContext;
import org.springframework.stereotype.Service;

/** Plans meetings and drives their lifecycle for the coordinator; the rules themselves are the {@link Meeting}'s. */
@Service
class MeetingService {

    private final MeetingStore store;
    private final RsvpLinks links;
    private final Clock clock;

    MeetingService(MeetingStore store, RsvpLinks links, Clock clock) {
        this.store = store;
        this.links = links;
        this.clock = clock;
    }

    Meeting plan(ScheduleMeetingRequest request) {
        ScheduleMeetingRequest.Planned planned = request.toPlanned();
        Meeting meeting = request.proposeOnly()
                ? Meeting.propose(TenantContext.require(), request.cohort(), planned.plan(), planned.invitees(), now())
                : Meeting.schedule(TenantContext.require(), request.cohort(), planned.plan(), planned.invitees(),
                links, now());
        return store.insert(meeting);
    }

    PageView<MeetingView> list(String cohortId, int page, int size) {
        List<MeetingView> content = store.page(cohortId, page, size).stream().map(MeetingView::of).toList();
        return PageView.of(content, page, size, store.count(cohortId));
    }

    Meeting get(String meetingId) {
        return store.get(meetingId);
    }

    Meeting confirm(String meetingId, Long expectedVersion) {
        return store.change(meetingId, expectedVersion, meeting -> {
            meeting.confirm(links, now());
            return meeting;
        });
    }

    Meeting reschedule(String meetingId, Long expectedVersion, RescheduleRequest request) {
        RescheduleRequest.Change change = request.toChange();
        return store.change(meetingId, expectedVersion, meeting -> {
            meeting.reschedule(change.time(), change.location(), links, now());
            return meeting;
        });
    }

    Meeting cancel(String meetingId, Long expectedVersion, String reason) {
        return store.change(meetingId, expectedVersion, meeting -> {
            meeting.cancel(reason, now());
            return meeting;
        });
    }

    Meeting recordAttendance(String meetingId, List<AttendanceMark> marks) {
        return store.change(meetingId, null, meeting -> {
            meeting.recordAttendance(marks, now());
            return meeting;
        });
    }

    private Instant now() {
        return clock.instant();
    }
}
