package nl.koploper.events.meeting;

import jakarta.validation.constraints.Size;

/** Why the meeting is called off (optional); it is passed on to every invitee. */
record CancelRequest(@Size(max = 1000) String reason) {
}
