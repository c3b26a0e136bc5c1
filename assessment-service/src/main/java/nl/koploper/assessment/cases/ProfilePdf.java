package nl.koploper.assessment.cases;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.koploper.assessment.footprint.OrganisationFootprint;
import nl.koploper.assessment.pdf.Amounts;
import nl.koploper.assessment.pdf.PdfDocument;
import nl.koploper.assessment.profile.Finding;
import nl.koploper.assessment.profile.FootprintBasis;
import nl.koploper.assessment.profile.Profile;
import nl.koploper.assessment.profile.ProfileRecommendation;
import nl.koploper.assessment.profile.SubjectScore;

/**
 * The Duurzaamheidsprofiel as a PDF in Dutch: the gemeente's name, the radar of the 7 core subjects, the footprint
 * per theme and per scope, what goes well, what can improve and the recommendations.
 *
 * <p>TODO the gemeente's logo (its {@code logoUrl}): fetching it at request time needs a bounded download with a
 * timeout and a cache; until then the gemeente's name stands in its place.
 */
final class ProfilePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl")).withZone(ZoneId.of("Europe/Amsterdam"));

    private ProfilePdf() {
    }

    static byte[] render(AssessmentCase c, Profile profile, String gemeenteName, OrganisationFootprint footprint) {
        try (PdfDocument pdf = new PdfDocument()) {
            pdf.text(gemeenteName).space(4)
                    .title("Duurzaamheidsprofiel")
                    .text(c.organisation().name())
                    .text("Versie " + profile.version()
                            + (profile.publishedAt() == null ? "" : ", gepubliceerd op "
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
        return switch (theme) {
            case "ELECTRICITY" -> "Elektriciteit";
            case "FUELS_AND_HEAT" -> "Brandstof en warmte";
            case "BUSINESS_TRANSPORT" -> "Zakelijk vervoer";
            case "COMMUTING" -> "Woon-werkverkeer";
            case "WASTE" -> "Afval";
            case "WATER" -> "Water";
            case "FLIGHTS" -> "Vliegreizen";
            default -> theme;
        };
    }
}
