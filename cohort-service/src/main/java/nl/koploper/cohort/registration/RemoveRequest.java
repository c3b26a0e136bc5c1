package nl.koploper.cohort.registration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the coordinator takes an organisation out; required, it is passed on to the organisation. */
record RemoveRequest(@NotBlank @Size(max = 1000) String reason) {
}
