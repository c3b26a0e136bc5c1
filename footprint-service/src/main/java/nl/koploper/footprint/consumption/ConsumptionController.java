package nl.koploper.footprint.consumption;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import nl.koploper.footprint.calculation.FootprintCalculator;
import nl.koploper.footprint.calculation.OrganisationYear;
import nl.koploper.footprint.factors.FactorSets;
import nl.koploper.platform.web.ETags;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Consumption data per organisation and year, in the caller's gemeente. The PUT validates everything the
 * calculation would refuse before storing, so stored data always calculates; reads and writes carry the version as
 * ETag, and a write with a stale {@code If-Match} is a 412.
 */
@RestController
@RequestMapping("/api/footprints/organisations/{organisationId}/years/{year}")
class ConsumptionController {

    private static final String ORGANISATION_ID = ConsumptionStore.ORGANISATION_ID;

    private final ConsumptionStore store;
    private final FootprintCalculator calculator;
    private final FactorSets factorSets;

    ConsumptionController(ConsumptionStore store, FootprintCalculator calculator, FactorSets factorSets) {
        this.store = store;
        this.calculator = calculator;
        this.factorSets = factorSets;
    }

    @PutMapping
    @PreAuthorize("hasAnyRole('coordinator', 'advisor')")
    ResponseEntity<ConsumptionView> put(@PathVariable @Pattern(regexp = ORGANISATION_ID) String organisationId,
                                        @PathVariable @Min(1990) @Max(2100) int year,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                        @Valid @RequestBody OrganisationYearData body) {
        if (body.year() != null && body.year() != year) {
            throw new InvalidInputException("year", "the body's year " + body.year() + " is not the path's " + year);
        }
        OrganisationYear input = body.toDomain(year);
        // Against the newest set: a later calculation may name an older one, but the input checks do not depend on it.
        List<FieldProblem> problems = calculator.validate(input, factorSets.catalog().latest(), List.of());
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Consumption data of " + year + " is invalid", problems);
        }
        ConsumptionStore.Saved saved = store.put(organisationId, year, input, body.contactEmail(),
                ETags.expectedVersion(ifMatch));
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .eTag(ETags.of(saved.data().version()))
                .body(ConsumptionView.of(saved.data()));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('coordinator', 'advisor', 'participant', 'platform-admin')")
    ResponseEntity<ConsumptionView> get(@PathVariable @Pattern(regexp = ORGANISATION_ID) String organisationId,
                                        @PathVariable @Min(1990) @Max(2100) int year) {
        ConsumptionData data = store.readable(organisationId, year);
        return ResponseEntity.ok().eTag(ETags.of(data.version())).body(ConsumptionView.of(data));
    }

    /** @param version the ETag's number: send it back in {@code If-Match} when changing the data */
    record ConsumptionView(String organisationId, int year, long version, Instant updatedAt,
                           OrganisationYearData data) {
        static ConsumptionView of(ConsumptionData data) {
            return new ConsumptionView(data.organisationId(), data.year(), data.version(), data.updatedAt(),
                    OrganisationYearData.of(data.input(), data.contactEmail()));
        }
    }
}
