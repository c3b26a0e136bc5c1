package nl.koploper.events.rsvp;

import java.time.Instant;
import nl.koploper.events.meeting.Invitation;
import nl.koploper.events.meeting.Meeting;
import nl.koploper.events.meeting.MeetingStatus;
import nl.koploper.events.meeting.MeetingTime;
import nl.koploper.events.meeting.MeetingType;
import nl.koploper.events.meeting.RsvpResponse;

/**
 * What the RSVP page shows the holder of the link: the meeting, and their own invitation and answer. Nothing about
 * the other invitees.
 *
 * @param waitingListPosition the place in line when the acceptance is waiting for a place, otherwise null
 * @param answerable          whether an answer would be taken now: the invitation stands and the meeting is confirmed
 *                            and has not started ({@link Meeting#respond}'s rules)
 */
record RsvpView(String meetingId, MeetingType type, String title, String description, String start, String end,
                String address, String onlineUrl, MeetingStatus status, String name, boolean active,
                RsvpResponse response, Integer waitingListPosition, boolean answerable) {

    static RsvpView of(Meeting meeting, Invitation invitation, Instant now) {
        MeetingTime time = meeting.time();
        int index = meeting.waitingList().stream().map(Invitation::id).toList().indexOf(invitation.id());
        return new RsvpView(meeting.id(), meeting.type(), meeting.title(), meeting.description(), time.startIso(),
                time.endIso(), meeting.location().address(), meeting.location().onlineUrl(), meeting.status(),
                invitation.name(), invitation.active(), invitation.response(), index < 0 ? null : index + 1,
                invitation.active() && meeting.takesAnswers(now));
    }
}
