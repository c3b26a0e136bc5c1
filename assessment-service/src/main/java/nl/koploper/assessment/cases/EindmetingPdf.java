package nl.koploper.assessment.cases;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.koploper.assessment.pdf.Amounts;
import nl.koploper.assessment.pdf.PdfDocument;

/**
 * The eindmeting as a PDF of its own in Dutch, for the organisation to keep: the gemeente's logo and name, per core
 * subject the nulmeting and eindmeting score (bars: eindmeting green, nulmeting grey) and the CO2 footprint per scope
 * and theme against the baseline. Printed straight from the case's {@link Comparison} (the same object as
 * {@code /comparison}), only for a completed eindmeting.
 */
final class EindmetingPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl")).withZone(ZoneId.of("Europe/Amsterdam"));

    private EindmetingPdf() {
    }

    static byte[] render(AssessmentCase c, Comparison comparison, String gemeenteName, byte[] logo) {
        try (PdfDocument pdf = new PdfDocument()) {
            pdf.image(logo, 50);
            pdf.text(gemeenteName).space(4)
                    .title("Eindmeting")
                    .text(c.organisation().name())
                    .text("Afgerond op " + DATE.format(c.eindmeting().completedAt())
                            + (c.advisor() == null ? "" : " met " + c.advisor().name()))
                    .text("Cohort: " + (c.cohortName() == null ? c.cohortId() : c.cohortName()));

            pdf.heading("Scores per kernthema (ISO 26000, 0-100)");
            pdf.text("Eindmeting groen, nulmeting grijs.");
            pdf.bars(comparison.subjects().stream().map(s -> new PdfDocument.Bar(ProfilePdf.shortName(s.name()),
                    s.eindmeting() == null ? 0 : s.eindmeting(),
                    s.nulmeting() == null ? 0.0 : s.nulmeting().doubleValue(), score(s))).toList());
            for (Comparison.SubjectChange s : comparison.subjects()) {
                pdf.bullet(s.name() + ": " + score(s));
            }

            pdf.heading("CO2-voetafdruk");
            if (comparison.finalYear() == null) {
                pdf.text(comparison.baselineYear() == null ? "Er is nog geen CO2-voetafdruk berekend."
                        : "Er is nog geen CO2-voetafdruk van een later jaar dan de nulmeting ("
                        + comparison.baselineYear() + ").");
            } else {
                pdf.text(comparison.baselineYear() + " -> " + comparison.finalYear()
                        + " (kg CO2e, market-based; eindmeting groen, nulmeting grijs):");
                pdf.text("Per scope:");
                pdf.bars(bars(comparison.scopes(), true));
                pdf.text("Per thema:");
                pdf.bars(bars(comparison.themes(), false));
            }
            return pdf.toBytes();
        }
    }

    private static List<PdfDocument.Bar> bars(List<Comparison.Line> lines, boolean scopes) {
        return lines.stream().map(l -> new PdfDocument.Bar(
                scopes ? ProfilePdf.scopeName(l.name()) : ProfilePdf.themeName(l.name()),
                l.finalKg() == null ? 0 : l.finalKg().doubleValue(),
                l.baselineKg() == null ? 0.0 : l.baselineKg().doubleValue(),
                Amounts.kg(l.finalKg()) + " (" + Amounts.percent(l.changePercent()) + ")")).toList();
    }

    private static String score(Comparison.SubjectChange s) {
        return (s.nulmeting() == null ? "niet relevant" : s.nulmeting()) + " -> "
                + (s.eindmeting() == null ? "niet relevant" : s.eindmeting())
                + (s.change() == null ? "" : " (" + (s.change() > 0 ? "+" : "") + s.change() + ")");
    }
}
