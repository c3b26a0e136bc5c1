package nl.koploper.assessment.footprint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The newest footprint version of one organisation-year that this service received. Amounts are kept as the exact
 * decimal text footprint-service sent (Decimal128 would round some of them).
 *
 * @param id               {@code <organisationId>:<year>}
 * @param footprintVersion footprint-service's version number of this organisation-year (not an optimistic lock)
 * @param firstReceivedAt  when the first version of this year arrived: the first year seen is the default baseline
 * @param benchmark        the placement among comparable organisations that came with this version (may be empty)
 */
@Document("footprints")
public record OrganisationFootprint(@Id String id, String tenantId, String organisationId, int year,
                                    int footprintVersion, String resultId, int factorSetYear, String scope1Kg,
                                    String scope2MarketBasedKg, String scope2LocationBasedKg, String scope3Kg,
                                    String totalMarketBasedKg, String totalLocationBasedKg, List<ThemeAmount> perTheme,
                                    boolean complete, boolean preliminary, Instant calculatedAt,
                                    Instant firstReceivedAt, List<Benchmark> benchmark) {

    /** Kg CO2e of one theme (a list, not a map: theme names are data and could one day contain a dot). */
    public record ThemeAmount(String theme, String kg) {
    }

    @PersistenceCreator
    public OrganisationFootprint {
        perTheme = perTheme == null ? List.of() : List.copyOf(perTheme);
        benchmark = benchmark == null ? List.of() : List.copyOf(benchmark); // none in footprints kept before it
    }

    static String idOf(String organisationId, int year) {
        return organisationId + ":" + year;
    }

    public Map<String, BigDecimal> perThemeKg() {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        perTheme.forEach(t -> map.put(t.theme(), new BigDecimal(t.kg())));
        return map;
    }

    public BigDecimal totalMarketBased() {
        return totalMarketBasedKg == null ? null : new BigDecimal(totalMarketBasedKg);
    }
}
