package nl.koploper.assessment.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import nl.koploper.assessment.AssessmentApi;
import org.junit.jupiter.api.Test;

/**
 * The impact PDF as the coordinator hands it to aldermen: the group by its name, themes in Dutch, a preliminary
 * figure marked as such, and the nulmeting footprint of every measured organisation together.
 */
class ImpactPdfTest {

    static final String COHORT_ID = "3f2a9c4e-1b7d-4e2a-9f00-6c1d2e3f4a5b";
    static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Test
    void namesTheGroupAndTheThemesInDutchNeverByTheirCodes() throws Exception {
        String text = text(report(COHORT_ID, "Koplopers Zwolle 2026", 0, 0), "cohort");

        assertThat(text).contains("Koplopers Zwolle 2026", "Brandstoffen en warmte", "Elektriciteit",
                "Overig (scope 3)");
        assertThat(UUID.matcher(text).find()).as("a UUID in:%n%s", text).isFalse();
        assertThat(text).doesNotContain("FUELS_AND_HEAT", "ELECTRICITY", "OTHER_SCOPE_3", "Cohort");
    }

    @Test
    void aCohortWithoutAKnownNameIsCalledAfterTheGemeenteNotItsId() throws Exception {
        String text = text(report(COHORT_ID, null, 0, 0), "unnamed");

        assertThat(UUID.matcher(text).find()).as("a UUID in:%n%s", text).isFalse();
        assertThat(text).contains("Koplopergroep van Gemeente Zwolle");
    }

    @Test
    void theGemeenteWideReportCoversAllGroups() throws Exception {
        String text = text(report(null, null, 0, 0), "gemeente");

        assertThat(text).contains("Alle Koplopergroepen");
        assertThat(UUID.matcher(text).find()).as("a UUID in:%n%s", text).isFalse();
    }

    @Test
    void aPreliminaryEindmetingIsMarkedAndExplained() throws Exception {
        String text = text(report(COHORT_ID, "Koplopers Zwolle 2026", 0, 1), "preliminary");

        assertThat(text).contains("Eindmeting: 800 kg CO2e (voorlopig)",
                "Voorlopig: 1 van de 2 eindmetingen bevat nog schattingen");
    }

    @Test
    void finalFiguresAreNotCalledPreliminary() throws Exception {
        String text = text(report(COHORT_ID, "Koplopers Zwolle 2026", 0, 0), "final");

        assertThat(text).contains("Eindmeting: 800 kg CO2e").doesNotContainIgnoringCase("voorlopig");
    }

    @Test
    void printsTheNulmetingFootprintOfEveryMeasuredOrganisationTogether() throws Exception {
        String text = text(report(COHORT_ID, "Koplopers Zwolle 2026", 1, 0), "baseline");

        assertThat(text).contains("Nulmeting van alle gemeten organisaties samen: 1.060 kg CO2e (van 3 organisaties, "
                + "voorlopig)");
    }

    @Test
    void withoutAnyBaselineFootprintItSaysSo() throws Exception {
        ImpactReport none = new ImpactReport("zwolle", "Gemeente Zwolle", COHORT_ID, 2, 0, 0, 0, 0,
                new ImpactReport.Co2(0, null, null, null, null, 0, 0), List.of(),
                new ImpactReport.Attendance(0, 0, 0, null, List.of()), "Koplopers Zwolle 2026",
                new ImpactReport.BaselineFootprint(0, null, 0));

        String text = text(none, "empty");

        assertThat(text).contains("Nog geen organisatie heeft een CO2-voetafdruk van het nulmetingjaar.");
    }

    /** Three participants with a baseline (1.060 kg), two of them also with an eindmeting (1.000 → 800 kg). */
    static ImpactReport report(String cohortId, String cohortName, int baselinePreliminary, int finalPreliminary) {
        return new ImpactReport("zwolle", "Gemeente Zwolle", cohortId, 3, 3, 2, 10, 4,
                new ImpactReport.Co2(2, new BigDecimal("1000"), new BigDecimal("800"), new BigDecimal("-200"),
                        new BigDecimal("-20.0"), 0, finalPreliminary),
                List.of(new ImpactReport.Theme("FUELS_AND_HEAT", new BigDecimal("500"), new BigDecimal("350"),
                                new BigDecimal("-150"), new BigDecimal("-30.0")),
                        new ImpactReport.Theme("ELECTRICITY", new BigDecimal("400"), new BigDecimal("300"),
                                new BigDecimal("-100"), new BigDecimal("-25.0")),
                        new ImpactReport.Theme("OTHER_SCOPE_3", new BigDecimal("100"), new BigDecimal("150"),
                                new BigDecimal("50"), new BigDecimal("50.0"))),
                new ImpactReport.Attendance(2, 4, 3, new BigDecimal("75.0"), List.of(
                        new ImpactReport.ParticipantAttendance("c1", "Bakkerij De Korenschoof", cohortId, 2, 2,
                                new BigDecimal("100.0")),
                        new ImpactReport.ParticipantAttendance("c2", "Installatiebedrijf Van den Berg en Zonen",
                                cohortId, 2, 1, new BigDecimal("50.0")))),
                cohortName, new ImpactReport.BaselineFootprint(3, new BigDecimal("1060"), baselinePreliminary));
    }

    /** The PDF's text; with {@code -Dimpact.pdf.dir=...} the PDF is also written there, to look at. */
    static String text(ImpactReport report, String name) throws Exception {
        byte[] pdf = ImpactPdf.render(report, null);
        String dir = System.getProperty("impact.pdf.dir");
        if (dir != null) {
            Files.write(Path.of(dir, "impact-" + name + ".pdf"), pdf);
        }
        return AssessmentApi.pdfText(pdf);
    }
}
