package nl.koploper.cohort.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.koploper.platform.pdf.PdfText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Renders a certificate of participation as a one-page A4 landscape PDF in Dutch, with PDFBox and its standard
 * Helvetica (WinAnsi: every Dutch letter, é, ë and ï included; a character outside it is printed as '?', rather than
 * the certificate failing).
 */
final class CertificatePdf {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final float LOGO_HEIGHT = 60;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private CertificatePdf() {
    }

    static byte[] render(Certificate certificate, String cohortName, int year, String verificationUrl) {
        return render(certificate, cohortName, year, verificationUrl, null);
    }

    /** @param logo the gemeente's logo (PNG or JPEG), printed top centre, or null */
    static byte[] render(Certificate certificate, String cohortName, int year, String verificationUrl, byte[] logo) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDRectangle a4Landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(a4Landscape);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Certificaat van deelname - " + printable(certificate.organisationName()));
            info.setAuthor(printable(certificate.gemeenteName()));
            float width = a4Landscape.getWidth();
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.setLineWidth(3);
                text.addRect(30, 30, width - 60, a4Landscape.getHeight() - 60);
                text.stroke();
                float y = a4Landscape.getHeight() - 110;
                if (logo != null) {
                    PDImageXObject image = PDImageXObject.createFromByteArray(document, logo, "logo");
                    float height = Math.min(LOGO_HEIGHT, image.getHeight());
                    float logoWidth = image.getWidth() * height / image.getHeight();
                    text.drawImage(image, (width - logoWidth) / 2, a4Landscape.getHeight() - 50 - height, logoWidth,
                            height);
                    y -= height - 20;
                }
                centered(text, BOLD, 16, certificate.gemeenteName(), width, y);
                centered(text, BOLD, 36, "Certificaat van deelname", width, y -= 70);
                centered(text, REGULAR, 16, "Hierbij verklaren wij dat", width, y -= 55);
                centered(text, BOLD, 26, certificate.organisationName(), width, y -= 45);
                centered(text, REGULAR, 16, "in " + year + " heeft deelgenomen aan het Koploperproject", width,
                        y -= 45);
                centered(text, REGULAR, 16, "als deelnemer van " + cohortName + ".", width, y -= 25);
                centered(text, REGULAR, 14, certificate.gemeenteName() + ", "
                        + DUTCH_DATE.format(certificate.issuedOn()), width, y -= 60);
                centered(text, REGULAR, 11, "Verificatiecode: "
                        + VerificationCodes.display(certificate.verificationCode()), width, 80);
                centered(text, REGULAR, 9, "Controleer dit certificaat op " + verificationUrl, width, 64);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render a certificate", e);
        }
    }

    private static void centered(PDPageContentStream stream, PDType1Font font, float size, String line, float width,
                                 float y) throws IOException {
        String printable = printable(line);
        float textWidth = font.getStringWidth(printable) / 1000 * size;
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset((width - textWidth) / 2, y);
        stream.showText(printable);
        stream.endText();
    }

    // Every line is one line: a line break in a name is printed as a space.
    private static String printable(String text) {
        return PdfText.printable(text, REGULAR).replace('\n', ' ');
    }
}
