package nl.koploper.footprint.consumption;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.UnaryOperator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.footprint.calculation.FootprintCalculator;
import nl.koploper.footprint.calculation.OrganisationYear;
import nl.koploper.footprint.factors.FactorSets;
import nl.koploper.platform.security.CurrentUser;
import nl.koploper.platform.web.ETags;
import nl.koploper.platform.web.IfMatch;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Consumption data per organisation and year, in the caller's gemeente. The PUT validates everything the
 * calculation would refuse before storing, so stored data always calculates; reads and writes carry the version as
 * ETag, and a write with a stale {@code If-Match} is a 412. A participant writes its own organisation's data, by the
 * check its reads have ({@link ConsumptionStore#requireWritable}), before anything else: another organisation's id
 * gets the reads' 404, never a 400 or 412 that would tell something about it.
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

    @Operation(summary = "Enter or replace an organisation's company data and consumption for a year (coordinator, "
            + "its advisor or its own participant)",
            description = """
                    Everything the calculation would refuse is refused here, so stored data always calculates. The
                    answer's ETag is the data's version: send it back in If-Match to replace only what you read
                    (without If-Match the last write wins). A participant stores under its own e-mail address.""")
    @ApiResponse(responseCode = "201", description = "The year's first data stored; ETag is its version")
    @ApiResponse(responseCode = "200", description = "The data replaced; ETag is its new version")
    @ApiResponse(responseCode = "400", description = "Every problem by field path (waste[2].kg.yearTotal: negative; "
            + "electricity.greenSharePercent: over 100; a user factor in the wrong unit; the body's year not the "
            + "path's); nothing was stored")
    @ApiResponse(responseCode = "404", description = "Not an organisation of the gemeente that takes part in a "
            + "cohort, or not the caller's own (advisor, participant); decided before the body is read")
    @ApiResponse(responseCode = "409", description = "Another write of the same data without If-Match got there at "
            + "the same moment; reload and try again")
    @ApiResponse(responseCode = "412", description = "If-Match names another version than the current one, or any "
            + "version while there is no data yet; nothing was stored")
    @PutMapping
    @PreAuthorize("hasAnyRole('coordinator', 'advisor', 'participant')")
    ResponseEntity<ConsumptionView> put(@PathVariable @Pattern(regexp = ORGANISATION_ID) String organisationId,
                                        @PathVariable @Min(1990) @Max(2100) int year, IfMatch ifMatch,
                                        @RequestBody OrganisationYearData body) {
        store.requireWritable(organisationId);
        List<FieldProblem> shapeProblems = body.shapeProblems();
        if (!shapeProblems.isEmpty()) {
            // before the calculation's checks, which need a well-formed body (no null entries in lists)
            throw new InvalidInputException("Invalid input", shapeProblems);
        }
        return save(organisationId, year, ifMatch, body, List.of(), UnaryOperator.identity());
    }

    /**
     * The same data as a CSV file (format in the README, "CSV import"): read strictly into the same body as the JSON
     * PUT, then the same checks and the same storage, so an import is indistinguishable from the JSON PUT. Every
     * problem comes back at once with its line number ({@code line 7: electricity.boughtKwh.yearTotal}).
     */
    @Operation(summary = "Import an organisation's data for a year from a CSV file (coordinator, its advisor or its "
            + "own participant)",
            description = """
                    The CSV format of the README ("CSV import"), read into the same body as the JSON PUT and then
                    handled exactly like it (checks, storage, ETag, If-Match). Every problem comes back at once with
                    its line (`line 7: electricity.boughtKwh.yearTotal`).""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = ConsumptionCsv.MEDIA_TYPE, schema = @Schema(type = "string"))))
    @ApiResponse(responseCode = "201", description = "The year's first data stored; ETag is its version")
    @ApiResponse(responseCode = "200", description = "The data replaced; ETag is its new version")
    @ApiResponse(responseCode = "400", description = "Every problem of the file at once, by line and field "
            + "(line 7: electricity.boughtKwh.yearTotal); nothing was stored")
    @ApiResponse(responseCode = "404", description = "Not an organisation of the gemeente that takes part in a "
            + "cohort, or not the caller's own (advisor, participant); decided before the file is read")
    @ApiResponse(responseCode = "409", description = "Another write of the same data without If-Match got there at "
            + "the same moment; reload and try again")
    @ApiResponse(responseCode = "412", description = "If-Match names another version than the current one, or any "
            + "version while there is no data yet; nothing was stored")
    @ApiResponse(responseCode = "413", description = "The file is larger than 256 KiB")
    @PutMapping(path = "/csv", consumes = ConsumptionCsv.MEDIA_TYPE)
    @PreAuthorize("hasAnyRole('coordinator', 'advisor', 'participant')")
    ResponseEntity<ConsumptionView> putCsv(@PathVariable @Pattern(regexp = ORGANISATION_ID) String organisationId,
                                           @PathVariable @Min(1990) @Max(2100) int year, IfMatch ifMatch,
                                           InputStream body) throws IOException {
        store.requireWritable(organisationId);
        ConsumptionCsv.Parsed parsed = ConsumptionCsv.read(readAtMost(body, ConsumptionCsv.MAX_BYTES));
        // The shape's problems and the calculation's together: the whole file's problems in one answer (a file read
        // without problems has no null entries, so the calculation's checks can run on it).
        return save(organisationId, year, ifMatch, parsed.data(), parsed.data().shapeProblems(), parsed::locate);
    }

    /** The stored data as a CSV file that {@code PUT …/csv} reads back to the same data. */
    @Operation(summary = "Download an organisation's data for a year as the CSV file the CSV import reads back")
    @ApiResponse(responseCode = "200", description = "The CSV file, as an attachment named "
            + "<organisationId>-<year>.csv; ETag is the data's version")
    @ApiResponse(responseCode = "404", description = "No data for this year, or not an organisation the caller may "
            + "read")
    @GetMapping(path = "/csv", produces = ConsumptionCsv.MEDIA_TYPE + ";charset=UTF-8")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor', 'participant', 'platform-admin')")
    ResponseEntity<String> getCsv(@PathVariable @Pattern(regexp = ORGANISATION_ID) String organisationId,
                                  @PathVariable @Min(1990) @Max(2100) int year) {
        ConsumptionData data = store.readable(organisationId, year);
        return ResponseEntity.ok().eTag(ETags.of(data.version()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(organisationId + "-" + year + ".csv").build().toString())
                .body(ConsumptionCsv.write(OrganisationYearData.of(data.input(), data.contactEmail())));
    }

    /**
     * The write both formats share: the body's year against the path's, the calculation's own checks (against the
     * newest set: a later calculation may name an older one, but the input checks do not depend on it), then storage.
     *
     * @param shapeProblems what {@link OrganisationYearData#shapeProblems()} found in a CSV file, reported together
     *                      with the calculation's
     * @param locate turns problems' field paths into what the client sent (the identity for JSON, lines for CSV)
     */
    private ResponseEntity<ConsumptionView> save(String organisationId, int year, IfMatch ifMatch,
                                                 OrganisationYearData body, List<FieldProblem> shapeProblems,
                                                 UnaryOperator<List<FieldProblem>> locate) {
        if (body.year() != null && body.year() != year) {
            throw new InvalidInputException("Invalid input", locate.apply(List.of(new FieldProblem("year",
                    "the body's year " + body.year() + " is not the path's " + year))));
        }
        OrganisationYear input = body.toDomain(year);
        CurrentUser user = CurrentUser.require();
        List<FieldProblem> problems = new ArrayList<>(shapeProblems);
        problems.addAll(ConsumptionStore.contactProblems(user, body.contactEmail()));
        problems.addAll(calculator.validate(input, factorSets.catalog().latest(), List.of()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Consumption data of " + year + " is invalid", locate.apply(problems));
        }
        ConsumptionStore.Saved saved = store.put(organisationId, year, input,
                ConsumptionStore.contactToStore(user, body.contactEmail()), ifMatch.expectedVersion());
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .eTag(ETags.of(saved.data().version()))
                .body(ConsumptionView.of(saved.data()));
    }

    private static byte[] readAtMost(InputStream body, int maxBytes) throws IOException {
        byte[] bytes = body.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONTENT_TOO_LARGE, "A CSV file of consumption data may be at most " + maxBytes
                            + " bytes"), null);
        }
        return bytes;
    }

    @Operation(summary = "Read an organisation's company data and consumption for a year, with its version as ETag")
    @ApiResponse(responseCode = "200", description = "The data; ETag is its version")
    @ApiResponse(responseCode = "404", description = "No data for this year, or not an organisation the caller may "
            + "read (another's organisation is not found either)")
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
