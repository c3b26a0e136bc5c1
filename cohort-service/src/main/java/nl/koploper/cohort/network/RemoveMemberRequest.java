package nl.koploper.cohort.network;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the coordinator removes a member; required. */
record RemoveMemberRequest(@Schema(example = "Bedrijf opgeheven per 1 januari")
                           @NotBlank @Size(max = 1000) String reason) {
}
