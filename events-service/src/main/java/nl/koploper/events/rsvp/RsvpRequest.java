package nl.koploper.events.rsvp;

import nl.koploper.events.meeting.RsvpResponse;

/** An invitee's answer through the personal link: ACCEPTED, DECLINED or TENTATIVE. */
record RsvpRequest(RsvpResponse response) {
}
