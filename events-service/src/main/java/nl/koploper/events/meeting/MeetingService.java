package nl.koploper.events.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.events.award.AwardView;
import nl.koploper.events.award.CohortAwards;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.Created;
import nl.koploper.platform.web.IdempotencyKey;
import nl.koploper.platform.web.PageView;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Plans meetings and drives their lifecycle for the coordinator; the rules themselves are the {@link Meeting}'s. */
@Service
class MeetingService {

    private final MeetingStore store;
    private final RsvpLinks links;
    private final Clock clock;
    private final NetworkDirectory network;
    private final CohortAwards awards;
    private final ParticipantDirectory participants;

    MeetingService(MeetingStore store, RsvpLinks links, Clock clock, NetworkDirectory network,
                   CohortAwards awards, ParticipantDirectory participants) {
        this.participants = participants;
        this.awards = awards;
        this.store = store;
        this.links = links;
        this.clock = clock;
        this.network = network;
    }

    /**
     * The new meeting, or the one an earlier request with the same {@code Idempotency-Key} and the same body created
     * (then nothing is sent again). The body is validated first, so a bad request never answers with a replay.
     *
     * @param idempotencyKey the client's key, or null
     */
    Created<Meeting> plan(String idempotencyKey, ScheduleMeetingRequest request) {
        ScheduleMeetingRequest.Planned planned = request.toPlanned();
        String fingerprint = IdempotencyKey.fingerprint(request);
        String requestKey = idempotencyKey == null ? null : "client:" + idempotencyKey;
        if (requestKey != null) {
            Meeting earlier = store.findByRequestKey(requestKey).orElse(null);
            if (earlier != null) {
                return replay(earlier, fingerprint);
            }
        }
        List<Invitee> invitees = planned.invitees();
        InvitationScope scope = request.scope();
        if (scope == InvitationScope.COHORT) {
            // The cohort as it is now; organisations placed later are invited when cohort-service says so.
            invitees = new ArrayList<>(participants.placedParticipants(request.cohort()));
            if (planned.plan().type().concernsAdvisors()) {
                invitees.addAll(participants.advisors(request.cohort()));
            }
            invitees.addAll(planned.invitees());
        }
        if (request.invitesNetwork()) {
            // The network as it is now; the meeting dedupes a member also listed by hand (same participant id).
            invitees = new ArrayList<>(invitees);
            invitees.addAll(network.currentMembers());
        }
        Meeting meeting = request.proposeOnly()
                ? Meeting.propose(TenantContext.require(), request.cohort(), planned.plan(), invitees, now())
                : Meeting.schedule(TenantContext.require(), request.cohort(), planned.plan(), invitees, links, now());
        meeting.inviting(scope);
        try {
            return Created.created(store.insert(meeting.createdBy(requestKey, fingerprint)));
        } catch (DuplicateKeyException e) {
            // The same key raced us in: the unique index let exactly one through; answer with that one.
            if (requestKey == null) {
                throw e;
            }
            return replay(store.findByRequestKey(requestKey).orElseThrow(() -> e), fingerprint);
        }
    }

    private static Created<Meeting> replay(Meeting earlier, String fingerprint) {
        IdempotencyKey.requireSameRequest(earlier.requestFingerprint(), fingerprint, "This Idempotency-Key was "
                + "already used to plan a different meeting; send a new key for a new meeting");
        return Created.replayed(earlier);
    }

    PageView<MeetingView> list(String cohortId, int page, int size) {
        List<MeetingView> content = store.page(cohortId, page, size).stream()
                .map(meeting -> MeetingView.of(meeting, awardFor(meeting))).toList();
        return PageView.of(content, page, size, store.count(cohortId));
    }

    /** The winner a symposium shows: its cohort's award once granted; null for other meetings. */
    AwardView awardFor(Meeting meeting) {
        return meeting.type() == MeetingType.SYMPOSIUM ? awards.ofCohort(meeting.cohortId()).orElse(null) : null;
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

    Meeting replaceProgramme(String meetingId, Long expectedVersion, List<ProgrammeSession> sessions) {
        return store.change(meetingId, expectedVersion, meeting -> {
            meeting.replaceProgramme(sessions, now());
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
