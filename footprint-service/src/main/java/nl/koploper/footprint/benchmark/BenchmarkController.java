package nl.koploper.footprint.benchmark;

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
 * An organisation-year's key figures against its sector over all gemeenten (the service is shared): per FTE, per m²
 * and per production unit, from the latest stored footprint of each organisation. A group is the organisation's SBI
 * division, or its section when the division has fewer than five comparable organisations; with fewer than five in
 * the section nothing of the group is shown. Others' values and identities (organisation ids, gemeenten) never leave the service: only their
 * count, average, quartiles and the caller's own value and position.
 */
@RestController
class BenchmarkController {

    private final BenchmarkEntries entries;
    private final ConsumptionStore consumption;

    BenchmarkController(BenchmarkEntries entries, ConsumptionStore consumption) {
        this.entries = entries;
        this.consumption = consumption;
    }

    @GetMapping("/api/footprints/organisations/{organisationId}/years/{year}/benchmark")
    @PreAuthorize("hasAnyRole('coordinator', 'advisor', 'participant', 'platform-admin')")
    BenchmarkView benchmark(@PathVariable @Pattern(regexp = ConsumptionStore.ORGANISATION_ID) String organisationId,
                            @PathVariable @Min(1990) @Max(2100) int year) {
        consumption.readable(organisationId, year);
        BenchmarkEntry own = entries.of(organisationId, year).orElseThrow(() -> new NotFoundException(
                "Calculated footprint of organisation " + organisationId + " for", String.valueOf(year)));
        List<BenchmarkEntry> section = own.sbiSection() == null ? List.of()
                : entries.ofSectionInAllGemeenten(year, own.sbiSection());
        List<MetricView> metrics = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            metrics.add(metric(own, section, metric));
        }
        return new BenchmarkView(organisationId, year, own.resultVersion(), own.sbiDivision(), own.sbiSection(),
                own.preliminary(), metrics);
    }

    private static MetricView metric(BenchmarkEntry own, List<BenchmarkEntry> section, Metric metric) {
        BenchmarkPlacements.Placement placement = BenchmarkPlacements.of(own, section, metric);
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
