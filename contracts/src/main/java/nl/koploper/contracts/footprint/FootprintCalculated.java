package nl.koploper.contracts.footprint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * A new, immutable version of an organisation-year's CO2 footprint was calculated and stored. Amounts are exact kg
 * CO2e (unrounded). A consumer that keeps one footprint per organisation-year keeps the highest {@code version}.
 *
 * @param resultId              the stored result, {@code <organisationId>:<year>:<version>} (also the record key)
 * @param version               1, 2, ... per organisation and year
 * @param factorSetYear         the emission factor set the calculation used
 * @param perThemeKg            market-based kg CO2e per theme ({@code ELECTRICITY}, {@code FUELS_AND_HEAT},
 *                              {@code BUSINESS_TRANSPORT}, {@code COMMUTING}, {@code WATER}, {@code WASTE},
 *                              {@code OTHER_SCOPE_3}); a theme without items is absent
 * @param complete              false when items lacked a factor and are in no total
 * @param preliminary           true when any value used was marked preliminary
 * @param benchmark             the key figures' placement among comparable organisations when this version was
 *                              calculated; empty when no group reached the anonymity threshold (null in events
 *                              published before the field existed: read it as empty)
 */
@EventType(value = "nl.koploper.footprint.footprint-calculated.v1", topic = Topics.FOOTPRINT_EVENTS)
public record FootprintCalculated(String tenantId, String organisationId, int year, int version, String resultId,
                                  int factorSetYear, BigDecimal scope1Kg, BigDecimal scope2MarketBasedKg,
                                  BigDecimal scope2LocationBasedKg, BigDecimal scope3Kg,
                                  BigDecimal totalMarketBasedKg, BigDecimal totalLocationBasedKg,
                                  Map<String, BigDecimal> perThemeKg, boolean complete, boolean preliminary,
                                  Instant calculatedAt, List<BenchmarkPlacement> benchmark) {

    public FootprintCalculated {
        benchmark = benchmark == null ? List.of() : List.copyOf(benchmark);
    }
}
