package nl.koploper.footprint.benchmark;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.footprint.consumption.ConsumptionStore;
import nl.koploper.platform.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An organisation-year's key figures against its sector in the other gemeenten (the service is shared): per FTE, per
 * m² and per production unit, from the latest stored footprint of each placed participant of another gemeente. A
 * group is the organisation's SBI division, or its section when the division is not publishable; publishable means at
 * least five comparable organisations from at least three other gemeenten (see {@link Benchmarks#select}). The
 * caller's own gemeente never counts, so nothing it enters changes what it sees. Others' values and identities
 * (organisation ids, gemeenten) never leave the service: only their count, rounded average and quartiles, and the
 * caller's own value and position against them.
 */
@RestController
class BenchmarkController {

    private final BenchmarkEntries entries;
    private final ConsumptionStore consumption;

    BenchmarkController(BenchmarkEntries entries, ConsumptionStore consumption) {
        this.entries = entries;
        this.consumption = consumption;
    }

    @Operation(summary = "Key figures of the organisation-year against its sector in other gemeenten",
            description = """
                    Per FTE, per m² and per production unit: the organisation's own figure, and the group's count,
                    average, quartiles and the organisation's position (FRONTRUNNER, MIDDLE, LAGGARD) in it.

                    Anonymity rules (so that no single organisation's figure can be derived):
                    - Only placed participants of a cohort count (not the waiting list, not organisations that left,
                      not data for organisations cohort-service never registered).
                    - Organisations of the caller's own gemeente never count: the group is the other gemeenten's.
                      What a gemeente enters itself (made up or real, now or later) changes nothing it is shown, so
                      it cannot subtract its own values from a group figure.
                    - A group is shown only with at least 5 organisations from at least 3 other gemeenten: the SBI
                      division, else the SBI section, and the section only when no division in it could be
                      subtracted from it (the rest of the section is itself such a group).
                    - Average and quartiles are rounded to 2 significant digits; the position is taken against the
                      rounded quartiles.
                    Otherwise the metric is `available: false` with the reason. Collusion of two gemeenten is not
                    covered by these rules.""")
    @ApiResponse(responseCode = "200", description = "The key figures; a metric without a publishable group says why")
    @ApiResponse(responseCode = "404", description = "No data or no calculated footprint of the organisation for "
            + "this year, or not an organisation the caller may read")
    @GetMapping("/api/footprints/organisations/{organisationId}/years/{year}/benchmark")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor', 'participant', 'platform-admin')")
    BenchmarkView benchmark(@PathVariable @Pattern(regexp = ConsumptionStore.ORGANISATION_ID) String organisationId,
                            @PathVariable @Min(1990) @Max(2100) int year) {
        consumption.readable(organisationId, year);
        BenchmarkEntry own = entries.of(organisationId, year).orElseThrow(() -> new NotFoundException(
                "Calculated footprint of organisation " + organisationId + " for", String.valueOf(year)));
        List<BenchmarkEntry> others = own.sbiSection() == null ? List.of()
                : entries.comparedWith(own.tenantId(), year, own.sbiSection());
        List<MetricView> metrics = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            metrics.add(metric(own, others, metric));
        }
        return new BenchmarkView(organisationId, year, own.resultVersion(), own.sbiDivision(), own.sbiSection(),
                own.preliminary(), metrics);
    }

    private static MetricView metric(BenchmarkEntry own, List<BenchmarkEntry> others, Metric metric) {
        BenchmarkPlacements.Placement placement = BenchmarkPlacements.of(own, others, metric);
        if (!placement.available()) {
            return MetricView.unavailable(metric, placement.unit(), placement.ownValue(), placement.reason());
        }
        Benchmarks.Statistics statistics = placement.statistics();
        return new MetricView(metric, placement.unit(), true, null, placement.ownValue(), placement.group(),
                statistics.organisations(), statistics.average(), statistics.lowerQuartile(), statistics.median(),
                statistics.upperQuartile(), placement.position());
    }

    /**
     * @param sbiDivision null when no (known) SBI code was given
     * @param preliminary the organisation's own footprint used preliminary values
     */
    record BenchmarkView(String organisationId, int year, int footprintVersion, String sbiDivision, String sbiSection,
                         boolean preliminary, List<MetricView> metrics) {
    }

    /**
     * One key figure. Without a group ({@code available} false) only the organisation's own value and the reason.
     *
     * @param ownValue the caller's own organisation's figure
     * @param group    the division or the section compared within
     */
    record MetricView(Metric metric, String unit, boolean available, String reason, BigDecimal ownValue,
                      Benchmarks.Group group, Integer organisations, BigDecimal average, BigDecimal lowerQuartile,
                      BigDecimal median, BigDecimal upperQuartile, Benchmarks.Position position) {
        static MetricView unavailable(Metric metric, String unit, BigDecimal ownValue, String reason) {
            return new MetricView(metric, unit, false, reason, ownValue, null, null, null, null, null, null, null);
        }
    }
}
