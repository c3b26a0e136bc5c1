package nl.koploper.cohort.registration;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Why an organisation withdraws; optional. */
record LeaveRequest(@Schema(example = "Door drukte in de winkel lukt het ons dit jaar niet")
                    @Size(max = 1000) String reason) {
}
