package nl.koploper.events.rsvp;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.koploper.events.meeting.RsvpResponse;

/** An invitee's answer through the personal link: ACCEPTED, DECLINED or TENTATIVE. */
record RsvpRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
        allowableValues = {"ACCEPTED", "DECLINED", "TENTATIVE"}) RsvpResponse response) {
}
