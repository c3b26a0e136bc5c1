package nl.koploper.assessment.cases;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.koploper.assessment.footprint.KgChange;
import nl.koploper.assessment.footprint.OrganisationFootprint;
import nl.koploper.assessment.profile.SubjectScore;

/**
 * The eindmeting against the nulmeting: per core subject the baseline and final score, and the footprint per scope
 * and theme. Final values are null while there is no eindmeting or no footprint of a later year.
 *
 * @param finalReview NOT_STARTED, IN_PROGRESS or COMPLETED
 */
public record Comparison(String caseId, String organisationName,
                         @Schema(allowableValues = {"NOT_STARTED", "IN_PROGRESS", "COMPLETED"}) String finalReview,
                         List<SubjectChange> subjects, Integer baselineYear, Integer finalYear, List<Line> scopes,
                         List<Line> themes) {

    /** @param change final − baseline in score points */
    public record SubjectChange(String subject, String name, Integer baseline, Integer finalScore, Integer change) {
    }

    /** One scope or theme: kg CO2e at baseline and end, with the change. */
    public record Line(String name, BigDecimal baselineKg, BigDecimal finalKg, BigDecimal changeKg,
                       BigDecimal changePercent) {

        static Line of(String name, BigDecimal baseline, BigDecimal end) {
            KgChange c = KgChange.of(baseline, end);
            return new Line(name, c.baselineKg(), c.finalKg(), c.changeKg(), c.changePercent());
        }
    }

    static Comparison of(AssessmentCase c, List<SubjectScore> baseline, List<SubjectScore> end,
                         OrganisationFootprint baselineFootprint, OrganisationFootprint finalFootprint) {
        List<SubjectChange> subjects = new ArrayList<>();
        for (int i = 0; i < baseline.size(); i++) {
            SubjectScore b = baseline.get(i);
            Integer f = end == null ? null : end.get(i).score();
            subjects.add(new SubjectChange(b.subject().name(), b.name(), b.score(), f,
                    b.score() == null || f == null ? null : f - b.score()));
        }
        OrganisationFootprint b = baselineFootprint;
        OrganisationFootprint f = finalFootprint;
        List<Line> scopes = List.of(
                Line.of("SCOPE_1", kg(b, b == null ? null : b.scope1Kg()), kg(f, f == null ? null : f.scope1Kg())),
                Line.of("SCOPE_2_MARKET_BASED", kg(b, b == null ? null : b.scope2MarketBasedKg()),
                        kg(f, f == null ? null : f.scope2MarketBasedKg())),
                Line.of("SCOPE_3", kg(b, b == null ? null : b.scope3Kg()), kg(f, f == null ? null : f.scope3Kg())),
                Line.of("TOTAL_MARKET_BASED", kg(b, b == null ? null : b.totalMarketBasedKg()),
                        kg(f, f == null ? null : f.totalMarketBasedKg())));
        Map<String, BigDecimal> bThemes = b == null ? Map.of() : b.perThemeKg();
        Map<String, BigDecimal> fThemes = f == null ? Map.of() : f.perThemeKg();
        TreeSet<String> names = new TreeSet<>(bThemes.keySet());
        names.addAll(fThemes.keySet());
        List<Line> themes = names.stream().map(n -> Line.of(n, b == null ? null : bThemes.getOrDefault(n,
                BigDecimal.ZERO), f == null ? null : fThemes.getOrDefault(n, BigDecimal.ZERO))).toList();
        return new Comparison(c.id(), c.organisation().name(), c.eindmetingStatus(), subjects, b == null ? null : b.year(),
                f == null ? null : f.year(), scopes, themes);
    }

    private static BigDecimal kg(OrganisationFootprint footprint, String text) {
        return footprint == null ? null : KgChange.kg(text);
    }
}
