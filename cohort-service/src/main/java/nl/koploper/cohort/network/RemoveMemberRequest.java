package nl.koploper.cohort.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the coordinator removes a member; required. */
record RemoveMemberRequest(@NotBlank @Size(max = 1000) String reason) {
}
