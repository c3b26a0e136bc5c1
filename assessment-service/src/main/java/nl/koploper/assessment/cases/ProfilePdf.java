package nl.koploper.assessment.cases;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.koploper.assessment.catalogue.FootprintTheme;
import nl.koploper.assessment.footprint.Benchmark;
import nl.koploper.assessment.footprint.OrganisationFootprint;
import nl.koploper.assessment.pdf.Amounts;
import nl.koploper.assessment.pdf.PdfDocument;
import nl.koploper.assessment.profile.Finding;
import nl.koploper.assessment.profile.FootprintBasis;
import nl.koploper.assessment.profile.Profile;
import nl.koploper.assessment.profile.ProfileRecommendation;
import nl.koploper.assessment.profile.SubjectScore;

/**
 * The Duurzaamheidsprofiel as a PDF in Dutch: the gemeente's logo and name, the radar of the 7 core subjects, the
 * footprint per theme and per scope, its placement among comparable organisations, the change since the nulmeting
 * once there is an eindmeting, what goes well, what can improve and the recommendations.
 *
 * <p>A draft (the advisor's preview before publishing) prints the same, marked {@link #DRAFT_MARK} at the top and the
 * bottom of every page.
 *
 * <p>The logo heads the first page when it could be fetched (the platform's {@code GemeenteLogos}: bounded, cached);
 * without it the document is the same, with the gemeente's name on top.
 */
final class ProfilePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl")).withZone(ZoneId.of("Europe/Amsterdam"));

    private static final float LOGO_HEIGHT = 50;

    /** What every page of a draft says, so that a draft printed or passed on is never taken for the profile. */
    static final String DRAFT_MARK = "CONCEPT \u2014 nog niet gepubliceerd";

    private ProfilePdf() {
    }

    /** @param comparison the case's {@link Comparison}; its section is printed once there is an eindmeting result */
    static byte[] render(AssessmentCase c, Profile profile, String gemeenteName, byte[] logo,
                         OrganisationFootprint footprint, Comparison comparison) {
        try (PdfDocument pdf = new PdfDocument()) {
            if (!profile.published()) {
                pdf.markEveryPage(DRAFT_MARK);
            }
            pdf.image(logo, LOGO_HEIGHT);
            pdf.text(gemeenteName).space(4)
                    .title(profile.published() ? "Duurzaamheidsprofiel" : "Duurzaamheidsprofiel (concept)")
                    .text(c.organisation().name())
                    .text("Versie " + profile.version()
                            + (!profile.published() ? ", concept: nog niet gepubliceerd"
                            : profile.publishedAt() == null ? "" : ", gepubliceerd op "
                            + DATE.format(profile.publishedAt()))
                            + (c.advisor() == null ? "" : " door " + c.advisor().name()))
                    .text("Cohort: " + (c.cohortName() == null ? c.cohortId() : c.cohortName()));

            pdf.heading("Scores per kernthema (ISO 26000, 0-100)");
            List<SubjectScore> scores = profile.scores();
            pdf.radar(scores.stream().map(SubjectScore::name).map(ProfilePdf::shortName).toList(),
                    scores.stream().map(SubjectScore::score).toList());
            for (SubjectScore s : scores) {
                pdf.bullet(s.name() + ": " + (s.score() == null ? "niet relevant" : s.score()));
            }

            pdf.heading("CO2-voetafdruk");
            FootprintBasis basis = profile.footprint();
            if (basis == null) {
                pdf.text("Er is nog geen CO2-voetafdruk berekend.");
            } else {
                pdf.text("Jaar " + basis.year() + ", totaal (market-based): " + Amounts.kg(basis.totalMarketBasedKg()));
                pdf.text("Per thema:");
                pdf.bars(basis.perThemeKg().stream().map(t -> new PdfDocument.Bar(themeName(t.theme()),
                        t.kg().doubleValue(), null, Amounts.kg(t.kg()))).toList());
                if (footprint != null && footprint.year() == basis.year()) {
                    pdf.text("Per scope:");
                    pdf.bars(List.of(bar("Scope 1", footprint.scope1Kg()),
                            bar("Scope 2 (market-based)", footprint.scope2MarketBasedKg()),
                            bar("Scope 3", footprint.scope3Kg())));
                }
            }

            benchmark(pdf, basis);
            change(pdf, comparison);

            pdf.heading("Wat al goed gaat");
            if (profile.strengths().isEmpty()) {
                pdf.text("Nog geen onderwerpen met een hoge volwassenheid.");
            }
            profile.strengths().forEach(f -> pdf.bullet(finding(f)));
            pdf.heading("Wat beter kan");
            if (profile.improvements().isEmpty()) {
                pdf.text("Geen relevante onderwerpen met een lage volwassenheid.");
            }
            profile.improvements().forEach(f -> pdf.bullet(finding(f)));

            pdf.heading("Aanbevelingen");
            int n = 1;
            for (ProfileRecommendation r : profile.recommendations()) {
                pdf.bullet(n++ + ". " + r.title());
                pdf.text(r.description());
                pdf.space(4);
            }
            return pdf.toBytes();
        }
    }

    /**
     * The footprint's placement among comparable organisations, per key figure, as footprint-service computed it with
     * the footprint the profile used. Left out when there is none (no group reached the anonymity threshold).
     */
    private static void benchmark(PdfDocument pdf, FootprintBasis basis) {
        if (basis == null || basis.benchmark().isEmpty()) {
            return;
        }
        pdf.heading("Vergelijking met branchegenoten");
        pdf.text("Uw CO2-uitstoot (market-based, " + basis.year() + ") per kengetal naast het afgeronde "
                + "gemiddelde van vergelijkbare organisaties in andere gemeenten; lager is beter.");
        for (Benchmark b : basis.benchmark()) {
            pdf.bullet(b.unit() + ": uw waarde " + Amounts.figure(b.value()) + ", gemiddelde "
                    + Amounts.figure(b.groupAverage()) + " in " + group(b) + ": " + position(b.position()));
        }
    }

    static String group(Benchmark b) {
        String group = "SECTION".equals(b.groupLevel()) ? "SBI-sectie " + b.groupCode() : "SBI " + b.groupCode();
        return group + " (" + b.organisations() + " organisaties)";
    }

    static String position(String position) {
        return switch (position) {
            case "FRONTRUNNER" -> "koploper";
            case "MIDDLE" -> "middenmoot";
            case "LAGGARD" -> "achterblijver";
            default -> position.toLowerCase(Locale.ROOT);
        };
    }

    /**
     * The eindmeting against the nulmeting, straight from the {@link Comparison} (no second computation). Scores only
     * once the eindmeting is completed (an unfinished one would print provisional numbers); CO2 once a footprint of
     * a later year is there. Without either the section is left out.
     */
    private static void change(PdfDocument pdf, Comparison comparison) {
        boolean finalScores = comparison != null && "COMPLETED".equals(comparison.eindmeting());
        boolean finalFootprint = comparison != null && comparison.finalYear() != null;
        if (!finalScores && !finalFootprint) {
            return;
        }
        pdf.heading("Verandering ten opzichte van de nulmeting");
        if (finalScores) {
            pdf.text("Scores per kernthema (nulmeting -> eindmeting):");
            for (Comparison.SubjectChange s : comparison.subjects()) {
                pdf.bullet(s.name() + ": " + score(s.nulmeting()) + " -> " + score(s.eindmeting())
                        + (s.change() == null ? "" : " (" + (s.change() > 0 ? "+" : "") + s.change() + ")"));
            }
        } else {
            pdf.text("De eindmeting is nog niet afgerond.");
        }
        if (finalFootprint) {
            pdf.text("CO2-voetafdruk " + comparison.baselineYear() + " -> " + comparison.finalYear()
                    + " (kg CO2e, verandering en % van de nulmeting):");
            pdf.text("Per scope:");
            comparison.scopes().forEach(l -> pdf.bullet(line(scopeName(l.name()), l)));
            pdf.text("Per thema:");
            comparison.themes().forEach(l -> pdf.bullet(line(themeName(l.name()), l)));
        } else {
            pdf.text("Er is nog geen CO2-voetafdruk van een later jaar dan de nulmeting.");
        }
    }

    private static String score(Integer score) {
        return score == null ? "niet relevant" : score.toString();
    }

    private static String line(String name, Comparison.Line l) {
        String change = l.changeKg() == null ? "-"
                : (l.changeKg().signum() > 0 ? "+" : "") + Amounts.kg(l.changeKg());
        return name + ": " + Amounts.kg(l.baselineKg()) + " -> " + Amounts.kg(l.finalKg()) + " (" + change + ", "
                + Amounts.percent(l.changePercent()) + ")";
    }

    static String scopeName(String scope) {
        return switch (scope) {
            case "SCOPE_1" -> "Scope 1";
            case "SCOPE_2_MARKET_BASED" -> "Scope 2 (market-based)";
            case "SCOPE_3" -> "Scope 3";
            case "TOTAL_MARKET_BASED" -> "Totaal (market-based)";
            default -> scope;
        };
    }

    private static PdfDocument.Bar bar(String label, String kg) {
        BigDecimal value = kg == null ? BigDecimal.ZERO : new BigDecimal(kg);
        return new PdfDocument.Bar(label, value.doubleValue(), null, Amounts.kg(value));
    }

    private static String finding(Finding f) {
        return f.issueCode() + " " + f.issueTitle() + " (" + (f.perspective().name().equals("INTERNAL")
                ? "eigen bedrijfsvoering" : "producten en diensten") + ", volwassenheid " + f.maturity() + " van 4)";
    }

    static String shortName(String name) {
        return name.length() <= 28 ? name : name.substring(0, 26) + "...";
    }

    static String themeName(String theme) {
        return FootprintTheme.dutchName(theme);
    }
}
