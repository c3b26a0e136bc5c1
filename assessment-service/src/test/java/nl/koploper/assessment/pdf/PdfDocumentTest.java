package nl.koploper.assessment.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.koploper.assessment.AssessmentApi;
import nl.koploper.assessment.footprint.KgChange;
import nl.koploper.platform.pdf.PdfText;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfDocumentTest {

    @Test
    void textThatHelveticaCannotEncodeDoesNotBreakTheDocument() throws Exception {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        assertThat(PdfText.printable("Één café → 5 ≥ 4 €", font)).isEqualTo("Één café ? 5 ? 4 €");
        byte[] pdf;
        try (PdfDocument document = new PdfDocument()) {
            document.title("Titel → één").text("Een lange regel ".repeat(80)).radar(List.of("A", "B", "C"),
                    java.util.Arrays.asList(50, null, 100)).bars(List.of(new PdfDocument.Bar("Thema", 10, 5.0,
                    "10 kg")));
            for (int i = 0; i < 120; i++) {
                document.bullet("Regel " + i);
            }
            pdf = document.toBytes();
        }
        String text = AssessmentApi.pdfText(pdf);
        assertThat(text).contains("Titel ? één", "Regel 119", "A (50)", "B (n.v.t.)");
    }

    @Test
    void aMarkStandsAtTheTopAndTheBottomOfEveryPage() throws Exception {
        byte[] pdf;
        try (PdfDocument document = new PdfDocument()) {
            document.markEveryPage("CONCEPT \u2014 nog niet gepubliceerd").title("Titel");
            for (int i = 0; i < 150; i++) {
                document.bullet("Regel " + i);
            }
            pdf = document.toBytes();
        }
        try (var read = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(read.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int page = 1; page <= read.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(read);
                assertThat(text.split("CONCEPT \u2014 nog niet gepubliceerd", -1)).as("page %d", page).hasSize(3);
            }
        }
        try (PdfDocument unmarked = new PdfDocument()) {
            assertThat(AssessmentApi.pdfText(unmarked.title("Titel").toBytes())).doesNotContain("CONCEPT");
        }
    }

    @Test
    void changesAndAmountsInDutch() {
        KgChange change = KgChange.of(new BigDecimal("1000"), new BigDecimal("800"));
        assertThat(change.changeKg()).isEqualByComparingTo("-200");
        assertThat(change.changePercent()).isEqualByComparingTo("-20.0");
        assertThat(KgChange.of(BigDecimal.ZERO, BigDecimal.TEN).changePercent()).isNull();
        assertThat(Amounts.kg(new BigDecimal("1234567.5"))).isEqualTo("1.234.568 kg");
        assertThat(Amounts.percent(new BigDecimal("-20.0"))).isEqualTo("-20,0 %");
    }

    @Test
    void anImageIsPlacedScaledAndBytesThatAreNoImageAreLeftOut() throws Exception {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(400, 100,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        byte[] pdf;
        try (PdfDocument document = new PdfDocument()) {
            assertThat(document.image(png.toByteArray(), 50)).isTrue();
            assertThat(document.image("geen plaatje".getBytes(java.nio.charset.StandardCharsets.UTF_8), 50))
                    .isFalse();
            assertThat(document.image(null, 50)).isFalse();
            document.text("Na het logo");
            pdf = document.toBytes();
        }
        assertThat(AssessmentApi.pdfText(pdf)).contains("Na het logo");
        try (var read = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var resources = read.getPage(0).getResources();
            List<String> images = new java.util.ArrayList<>();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject i) {
                    images.add(i.getWidth() + "x" + i.getHeight());
                }
            }
            assertThat(images).containsExactly("400x100");
        }
        assertThat(Amounts.figure(new BigDecimal("1250.504"))).isEqualTo("1.250,5");
        assertThat(Amounts.figure(new BigDecimal("25.004"))).isEqualTo("25");
    }
}
