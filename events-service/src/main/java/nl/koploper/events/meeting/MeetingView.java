package nl.koploper.events.meeting;

import java.util.List;
import nl.koploper.events.award.AwardView;

/**
 * A meeting as the coordinator sees it. Times are ISO-8601 with the Amsterdam offset of that day; {@code version} is
 * also the ETag. {@code locationToBeDecided} is true for a proposed kick-off whose place is still the placeholder: it
 * cannot be confirmed until a reschedule names the real place. {@code award} is, for a symposium, its cohort's winner
 * once granted (null before, and for every other meeting). {@code invitationScope} is whom it invites from its cohort:
 * {@code COHORT} (every placed participant, also those placed later), {@code SELECTION} or {@code NOBODY}.
 */
record MeetingView(String id, String cohortId, MeetingType type, String title, String description, String start,
                   String end, String zone, LocationBody location, Integer capacity, Integer placesLeft,
                   MeetingStatus status, String uid, int sequence, String cancellationReason,
                   List<InvitationView> invitations, List<String> waitingList, boolean locationToBeDecided,
                   List<ProgrammeSession> programme, AwardView award, InvitationScope invitationScope,
                   Long version) {

    /** One invitation with its answer and attendance; withdrawn ones are listed too, with {@code active: false}. */
    record InvitationView(String id, InviteeKind kind, String participantId, String name, String email, String locale,
                          boolean active, RsvpResponse response, boolean waiting, Attendance attendance) {
    }

    static MeetingView of(Meeting meeting, AwardView award) {
        MeetingTime time = meeting.time();
        List<String> waiting = meeting.waitingList().stream().map(Invitation::id).toList();
        return new MeetingView(meeting.id(), meeting.cohortId(), meeting.type(), meeting.title(),
                meeting.description(), time.startIso(), time.endIso(), time.zone().getId(),
                LocationBody.of(meeting.location()), meeting.capacity(), meeting.placesLeft(), meeting.status(),
                meeting.uid(), meeting.sequence(), meeting.cancellationReason(),
                meeting.invitations().stream().map(i -> new InvitationView(i.id(), i.kind(), i.participantId(),
                        i.name(), i.email(), i.locale(), i.active(), i.response(), waiting.contains(i.id()),
                        i.attendance())).toList(),
                waiting, meeting.locationToBeDecided(), meeting.programme(), award, meeting.invitationScope(),
                meeting.version());
    }
}
