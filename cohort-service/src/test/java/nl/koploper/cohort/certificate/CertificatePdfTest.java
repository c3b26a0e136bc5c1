package nl.koploper.cohort.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theCertificateSaysInDutchWhoTookPartWhereAndWhenWithItsCode() throws IOException {
        Certificate certificate = new Certificate("p-1", "Bakkerij Ëlsewijk & Zonen", "Gemeente Westerkwartier",
                "7KQ2M9XD0A1B2C3D", LocalDate.of(2027, 11, 26), Instant.parse("2027-11-26T15:00:00Z"));

        String text = text(CertificatePdf.render(certificate, "Koplopers Westerkwartier 2027", 2027,
                "https://koploper.nl/certificaat/7KQ2M9XD0A1B2C3D"));

        assertThat(text).contains("Certificaat van deelname", "Bakkerij Ëlsewijk & Zonen", "Gemeente Westerkwartier",
                "Koplopers Westerkwartier 2027", "26 november 2027", "in 2027 heeft deelgenomen aan het Koploperproject",
                "Verificatiecode: 7KQ2-M9XD-0A1B-2C3D",
                "Controleer dit certificaat op https://koploper.nl/certificaat/7KQ2M9XD0A1B2C3D");
    }

    /** A small real PNG, as a gemeente's logo. */
    static byte[] png() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 40,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D graphics = image.createGraphics();
        graphics.setColor(java.awt.Color.GREEN);
        graphics.fillRect(0, 0, 120, 40);
        graphics.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The images placed on the certificate's page, by pixel size. */
    static java.util.List<String> images(byte[] pdf) throws IOException {
        java.util.List<String> sizes = new java.util.ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                    sizes.add(image.getWidth() + "x" + image.getHeight());
                }
            }
        }
        return sizes;
    }

    @Test
    void theGemeentesLogoIsPrintedWhenThereIsOne() throws IOException {
        Certificate certificate = new Certificate("p-1", "Bakkerij", "Gemeente Westerkwartier", "7KQ2M9XD0A1B2C3D",
                LocalDate.of(2027, 11, 26), Instant.parse("2027-11-26T15:00:00Z"));

        byte[] withLogo = CertificatePdf.render(certificate, "Koplopers", 2027, "https://koploper.nl/x", png());
        byte[] without = CertificatePdf.render(certificate, "Koplopers", 2027, "https://koploper.nl/x");

        assertThat(images(withLogo)).containsExactly("120x40");
        assertThat(images(without)).isEmpty();
        assertThat(text(withLogo)).contains("Gemeente Westerkwartier", "Verificatiecode: 7KQ2-M9XD-0A1B-2C3D");
    }

    @Test
    void aCharacterTheFontCannotPrintDoesNotBreakTheCertificate() throws IOException {
        Certificate certificate = new Certificate("p-1", "Zhōngguó 中国 Trading", "Gemeente Oldambt",
                "7KQ2M9XD0A1B2C3D", LocalDate.of(2027, 1, 5), Instant.parse("2027-01-05T10:00:00Z"));

        String text = text(CertificatePdf.render(certificate, "Koplopers Oldambt", 2027, "https://koploper.nl/x"));

        assertThat(text).contains("Zh?ngguó ?? Trading", "5 januari 2027");
    }
}
