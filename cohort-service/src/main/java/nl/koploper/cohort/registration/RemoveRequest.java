package nl.koploper.cohort.registration;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the coordinator takes an organisation out; required, it is passed on to the organisation. */
record RemoveRequest(@Schema(example = "Niet gevestigd in de gemeente Westerkwartier")
                     @NotBlank @Size(max = 1000) String reason) {
}
