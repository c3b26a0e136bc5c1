package nl.koploper.footprint.result;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koploper.contracts.footprint.BenchmarkPlacement;
import nl.koploper.contracts.footprint.FootprintCalculated;
import nl.koploper.footprint.calculation.Footprint;
import nl.koploper.platform.events.AggregateRoot;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One stored calculation of an organisation-year: version {@code number} of its footprint, with the factor set's
 * year, every factor used, the items with their explanation lines and the warnings. Written once and never changed
 * (a newer factor set or newer data gives a new version), and it records its {@link FootprintCalculated} event in
 * that one insert, so the result and its event exist together or not at all.
 */
@Document("footprint_results")
@CompoundIndex(name = "organisation_year_number", def = "{'organisationId': 1, 'year': 1, 'number': 1}", unique = true)
@CompoundIndex(name = "organisation_year_request", def = "{'organisationId': 1, 'year': 1, 'requestKey': 1}",
        unique = true)
class FootprintResult extends AggregateRoot {

    private String tenantId;
    private String organisationId;
    private int year;
    private int number;
    /**
     * The client's {@code Idempotency-Key}, or a random one: never null, so the unique index needs no sparse or
     * partial filter.
     */
    private String requestKey;
    private long inputVersion;
    private Instant calculatedAt;
    private String calculatedBy;
    private Footprint footprint;
    /** As shown when calculated; kept so the explanation never depends on how later code renders items. */
    private List<String> explanation;

    /** For the mapping only. */
    FootprintResult() {
    }

    private FootprintResult(String gemeente, String organisationId, int year, int number, String requestKey,
                            long inputVersion, Instant calculatedAt, String calculatedBy, Footprint footprint) {
        super(idOf(organisationId, year, number));
        this.requestKey = requestKey;
        this.tenantId = gemeente;
        this.organisationId = organisationId;
        this.year = year;
        this.number = number;
        this.inputVersion = inputVersion;
        this.calculatedAt = calculatedAt;
        this.calculatedBy = calculatedBy;
        this.footprint = footprint;
        this.explanation = footprint.explanation();
    }

    /** @param benchmark the key figures' placement for the event (empty below the anonymity threshold) */
    static FootprintResult calculated(String gemeente, String organisationId, int year, int number, String requestKey,
                                      long inputVersion, Instant at, String by, Footprint footprint,
                                      List<BenchmarkPlacement> benchmark) {
        FootprintResult result = new FootprintResult(gemeente, organisationId, year, number, requestKey, inputVersion,
                at, by, footprint);
        Map<String, java.math.BigDecimal> perTheme = new LinkedHashMap<>();
        footprint.perThemeKg().forEach((theme, kg) -> perTheme.put(theme.name(), kg));
        result.record(new FootprintCalculated(gemeente, organisationId, year, number, result.id(),
                footprint.factorSetYear(), footprint.scope1Kg(), footprint.scope2MarketBasedKg(),
                footprint.scope2LocationBasedKg(), footprint.scope3Kg(), footprint.totalMarketBasedKg(),
                footprint.totalLocationBasedKg(), perTheme, footprint.complete(), footprint.preliminary(), at, benchmark),
                at);
        return result;
    }

    /** {@code <organisationId>:<year>:<number>}; also the key of its event on the topic. */
    static String idOf(String organisationId, int year, int number) {
        return organisationId + ":" + year + ":" + number;
    }

    String organisationId() {
        return organisationId;
    }

    int year() {
        return year;
    }

    int number() {
        return number;
    }

    long inputVersion() {
        return inputVersion;
    }

    Instant calculatedAt() {
        return calculatedAt;
    }

    Footprint footprint() {
        return footprint;
    }

    List<String> explanation() {
        return explanation;
    }
}
