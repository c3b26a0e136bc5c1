package nl.koploper.cohort.cohort;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the round is called off; it is passed on to every registered organisation. */
record CancelRequest(@NotBlank @Size(max = 1000) String reason) {
}
