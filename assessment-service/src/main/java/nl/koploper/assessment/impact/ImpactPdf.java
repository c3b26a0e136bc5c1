package nl.koploper.assessment.impact;

import java.util.List;
import nl.koploper.assessment.pdf.Amounts;
import nl.koploper.assessment.pdf.PdfDocument;

/** The impact report as a PDF in Dutch, for the coordinator to share with the gemeente's council and partners. */
final class ImpactPdf {

    private ImpactPdf() {
    }

    /** @param logo the gemeente's logo (PNG or JPEG) on top, or null */
    static byte[] render(ImpactReport r, byte[] logo) {
        try (PdfDocument pdf = new PdfDocument()) {
            pdf.image(logo, 50);
            pdf.text(r.gemeenteName()).space(4)
                    .title("Impactrapportage Koploperprogramma")
                    .text(r.cohortId() == null ? "Alle cohorten" : "Cohort " + r.cohortId());
            pdf.heading("Deelnemers en metingen");
            pdf.bullet("Deelnemers: " + r.participants());
            pdf.bullet("Nulmetingen afgerond: " + r.baselineReviewed());
            pdf.bullet("Eindmetingen afgerond: " + r.finalReviewed());
            pdf.heading("Acties (DuOn-Agenda)");
            pdf.bullet("Acties gepland: " + r.actionsPlanned());
            pdf.bullet("Acties afgerond: " + r.actionsDone());
            pdf.heading("CO2-uitstoot");
            if (r.co2().participantsWithBoth() == 0) {
                pdf.text("Nog geen deelnemers met zowel een nulmeting- als een eindmetingvoetafdruk.");
            } else {
                pdf.text("Over " + r.co2().participantsWithBoth() + " deelnemer(s) met beide metingen:");
                pdf.bullet("Nulmeting: " + Amounts.kg(r.co2().baselineKg()));
                pdf.bullet("Eindmeting: " + Amounts.kg(r.co2().finalKg()));
                pdf.bullet("Verschil: " + Amounts.kg(r.co2().changeKg()) + " (" + Amounts.percent(
                        r.co2().changePercent()) + ")");
                pdf.text("Grootste thema's (nulmeting groen, eindmeting grijs):");
                pdf.bars(r.largestThemes().stream().map(t -> new PdfDocument.Bar(t.theme(),
                        t.baselineKg().doubleValue(), t.finalKg().doubleValue(),
                        Amounts.percent(t.changePercent()))).toList());
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

    private static String rate(java.math.BigDecimal rate) {
        return rate == null ? "-" : rate.toPlainString().replace('.', ',') + " %";
    }
}
