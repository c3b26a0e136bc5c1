package nl.koploper.events.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Why the meeting is called off (optional); it is passed on to every invitee. */
record CancelRequest(@Schema(example = "De spreker is ziek; we plannen een nieuwe datum.") @Size(max = 1000)
                     String reason) {
}
