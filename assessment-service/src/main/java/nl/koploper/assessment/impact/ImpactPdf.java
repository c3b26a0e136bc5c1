package nl.koploper.assessment.impact;

import java.math.BigDecimal;
import java.util.List;
import nl.koploper.assessment.catalogue.FootprintTheme;
import nl.koploper.assessment.pdf.Amounts;
import nl.koploper.assessment.pdf.PdfDocument;

/**
 * The impact report as a PDF in Dutch, for the coordinator to share with the gemeente's council and partners: the
 * group by its name (never its id), themes by their Dutch names, figures that still hold estimates marked
 * "voorlopig".
 */
final class ImpactPdf {

    static final String PRELIMINARY = "voorlopig";

    private ImpactPdf() {
    }

    /** @param logo the gemeente's logo (PNG or JPEG) on top, or null */
    static byte[] render(ImpactReport r, byte[] logo) {
        try (PdfDocument pdf = new PdfDocument()) {
            pdf.image(logo, 50);
            pdf.text(r.gemeenteName()).space(4)
                    .title("Impactrapportage Koploperprogramma")
                    .text(group(r));
            pdf.heading("Deelnemers en metingen");
            pdf.bullet("Deelnemers: " + r.participants());
            pdf.bullet("Nulmetingen afgerond: " + r.nulmetingenCompleted());
            pdf.bullet("Eindmetingen afgerond: " + r.eindmetingenCompleted());
            pdf.heading("Acties (DuOn-Agenda)");
            pdf.bullet("Acties gepland: " + r.actionsPlanned());
            pdf.bullet("Acties afgerond: " + r.actionsDone());
            pdf.heading("CO2-uitstoot");
            baseline(pdf, r.baselineFootprint());
            ImpactReport.Co2 co2 = r.co2();
            pdf.space(6);
            if (co2.participantsWithBoth() == 0) {
                pdf.text("Nog geen deelnemers met zowel een nulmeting- als een eindmetingvoetafdruk.");
            } else {
                pdf.text("Bij " + (co2.participantsWithBoth() == 1 ? "de deelnemer"
                        : "de " + co2.participantsWithBoth() + " deelnemers") + " met beide metingen:");
                pdf.bullet("Nulmeting: " + kg(co2.baselineKg()) + marked(co2.baselinePreliminary()));
                pdf.bullet("Eindmeting: " + kg(co2.finalKg()) + marked(co2.finalPreliminary()));
                pdf.bullet("Verschil: " + kg(co2.changeKg()) + " (" + Amounts.percent(co2.changePercent()) + ")"
                        + marked(co2.baselinePreliminary() + co2.finalPreliminary()));
                explain(pdf, co2.baselinePreliminary(), co2.participantsWithBoth(), "nulmeting", "nulmetingen");
                explain(pdf, co2.finalPreliminary(), co2.participantsWithBoth(), "eindmeting", "eindmetingen");
                pdf.space(4).text("Grootste thema's (nulmeting groen, eindmeting grijs):");
                pdf.bars(r.largestThemes().stream().map(t -> new PdfDocument.Bar(
                        FootprintTheme.dutchName(t.theme()), t.baselineKg().doubleValue(),
                        t.finalKg().doubleValue(), Amounts.percent(t.changePercent()))).toList());
            }
            pdf.heading("Aanwezigheid bij bijeenkomsten");
            pdf.text("Bijeenkomsten: " + r.attendance().meetings() + ", aanwezigheid totaal: "
                    + rate(r.attendance().overallRate()));
            List<ImpactReport.ParticipantAttendance> per = r.attendance().perParticipant();
            per.forEach(p -> pdf.bullet(p.organisationName() + ": " + p.attended() + " van " + p.invited()
                    + " (" + rate(p.rate()) + ")"));
            return pdf.toBytes();
        }
    }

    /** Which groups the report covers, by name: a cohort id means nothing to an alderman. */
    static String group(ImpactReport r) {
        if (r.cohortId() == null) {
            return "Alle Koplopergroepen van " + r.gemeenteName();
        }
        if (r.cohortName() == null || r.cohortName().isBlank()) {
            return "Koplopergroep van " + r.gemeenteName();
        }
        return "Koplopergroep: " + r.cohortName();
    }

    /** What the measured organisations emitted in their nulmeting year together, with or without an eindmeting. */
    private static void baseline(PdfDocument pdf, ImpactReport.BaselineFootprint baseline) {
        if (baseline == null || baseline.organisations() == 0 || baseline.totalKg() == null) {
            pdf.text("Nog geen organisatie heeft een CO2-voetafdruk van het nulmetingjaar.");
            return;
        }
        pdf.text("Nulmeting van alle gemeten organisaties samen: " + kg(baseline.totalKg()) + " (van "
                + (baseline.organisations() == 1 ? "1 organisatie" : baseline.organisations() + " organisaties")
                + (baseline.preliminary() > 0 ? ", " + PRELIMINARY : "") + ")");
        explain(pdf, baseline.preliminary(), baseline.organisations(), "nulmeting", "nulmetingen");
    }

    private static String marked(int preliminary) {
        return preliminary > 0 ? " (" + PRELIMINARY + ")" : "";
    }

    /** One line saying why a figure is marked: some footprints in it hold estimates, so it may still change. */
    private static void explain(PdfDocument pdf, int preliminary, int of, String one, String many) {
        if (preliminary <= 0) {
            return;
        }
        String which;
        if (preliminary == of) {
            which = of == 1 ? "de " + one + " bevat" : "alle " + of + " " + many + " bevatten";
        } else {
            which = preliminary + " van de " + of + " " + many + (preliminary == 1 ? " bevat" : " bevatten");
        }
        pdf.notice("Voorlopig: " + which + " nog schattingen; het cijfer kan dus nog veranderen.");
    }

    private static String kg(BigDecimal kg) {
        return kg == null ? "-" : Amounts.kg(kg) + " CO2e";
    }

    private static String rate(BigDecimal rate) {
        return rate == null ? "-" : rate.toPlainString().replace('.', ',') + " %";
    }
}
