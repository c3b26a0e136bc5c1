package nl.koploper.cohort.certificate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the certificate criteria's writes. */
final class CertificateCriteriaRequests {

    private CertificateCriteriaRequests() {
    }

    /** The gemeente's attendance criterion: how many of the cohort's meetings an organisation must attend. */
    record Criteria(@Schema(example = "4") @NotNull @Min(0) @Max(50) Integer minimumMeetingsAttended) {
    }

    /** Why the organisation gets its certificate although it does not meet the criteria. */
    record Override(@Schema(example = "Twee bijeenkomsten gemist door ziekte; de opdracht wel volledig gedaan")
                    @NotBlank @Size(max = 1000) String reason) {
    }
}
