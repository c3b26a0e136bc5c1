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
 * The eindmeting against the nulmeting: per core subject the score of each, and the footprint per scope and theme in
 * the baseline year and the final year. Eindmeting values are null while there is no eindmeting, final footprint
 * values while there is no footprint of a later year.
 *
 * @param eindmeting NOT_STARTED, IN_PROGRESS or COMPLETED
 */
public record Comparison(String caseId, String organisationName,
                         @Schema(allowableValues = {"NOT_STARTED", "IN_PROGRESS", "COMPLETED"}) String eindmeting,
                         List<SubjectChange> subjects, Integer baselineYear, Integer finalYear, List<Line> scopes,
                         List<Line> themes) {

    /** @param change eindmeting − nulmeting in score points */
    public record SubjectChange(String subject, String name, Integer nulmeting, Integer eindmeting, Integer change) {
    }

    /** One scope or theme: kg CO2e at baseline and end, with the change. */
    public record Line(String name, BigDecimal baselineKg, BigDecimal finalKg, BigDecimal changeKg,
                       BigDecimal changePercent) {

        static Line of(String name, BigDecimal baseline, BigDecimal end) {
            KgChange c = KgChange.of(baseline, end);
            return new Line(name, c.baselineKg(), c.finalKg(), c.changeKg(), c.changePercent());
        }
    }

    static Comparison of(AssessmentCase c, List<SubjectScore> nulmeting, List<SubjectScore> eindmeting,
                         OrganisationFootprint baselineFootprint, OrganisationFootprint finalFootprint) {
        List<SubjectChange> subjects = new ArrayList<>();
        for (int i = 0; i < nulmeting.size(); i++) {
            SubjectScore n = nulmeting.get(i);
            Integer e = eindmeting == null ? null : eindmeting.get(i).score();
            subjects.add(new SubjectChange(n.subject().name(), n.name(), n.score(), e,
                    n.score() == null || e == null ? null : e - n.score()));
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
        return new Comparison(c.id(), c.organisation().name(), c.eindmetingStatus(), subjects,
                b == null ? null : b.year(), f == null ? null : f.year(), scopes, themes);
    }

    private static BigDecimal kg(OrganisationFootprint footprint, String text) {
        return footprint == null ? null : KgChange.kg(text);
    }
}
