package nl.koploper.assessment.profile;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.koploper.assessment.footprint.Benchmark;

/**
 * The baseline footprint a profile was generated with, as a snapshot: later footprint versions do not change a
 * generated or published profile.
 *
 * @param resultId      footprint-service's result, {@code <organisationId>:<year>:<version>}
 * @param perThemeKg    market-based kg CO2e per theme, largest first
 * @param largestThemes the (at most) two themes with the most kg CO2e: recommendations on them rank higher
 * @param benchmark     the footprint's placement among comparable organisations (empty below the anonymity threshold
 *                      and in profiles generated before it was kept)
 */
public record FootprintBasis(int year, String resultId, BigDecimal totalMarketBasedKg, List<ThemeKg> perThemeKg,
                             List<String> largestThemes, List<Benchmark> benchmark) {

    public FootprintBasis {
        benchmark = benchmark == null ? List.of() : List.copyOf(benchmark);
    }

    public record ThemeKg(String theme, BigDecimal kg) {
    }

    /** The snapshot of a footprint's themes; ties between equal themes go by name, so the choice is stable. */
    public static FootprintBasis of(int year, String resultId, BigDecimal total, Map<String, BigDecimal> perTheme) {
        return of(year, resultId, total, perTheme, List.of());
    }

    public static FootprintBasis of(int year, String resultId, BigDecimal total, Map<String, BigDecimal> perTheme,
                                    List<Benchmark> benchmark) {
        List<ThemeKg> themes = perTheme.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> new ThemeKg(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(ThemeKg::kg).reversed().thenComparing(ThemeKg::theme))
                .toList();
        List<String> largest = themes.stream().filter(t -> t.kg().signum() > 0).limit(2).map(ThemeKg::theme).toList();
        return new FootprintBasis(year, resultId, total, themes, largest, benchmark);
    }
}
