package nl.koploper.cohort.cohort;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the round is called off; it is passed on to every registered organisation. */
record CancelRequest(@Schema(example = "Te weinig aanmeldingen: de groep start dit jaar niet")
                     @NotBlank @Size(max = 1000) String reason) {
}
