package nl.koploper.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfTextTest {

    private final PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @Test
    void dutchLettersStayAndWhatHelveticaCannotEncodeBecomesAQuestionMark() {
        assertThat(PdfText.printable("Één café → 5 ≥ 4 € in Groningen ë ï", helvetica))
                .isEqualTo("Één café ? 5 ? 4 € in Groningen ë ï");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsOneQuestionMark() {
        assertThat(PdfText.printable("Bakkerij \uD83C\uDF5E", helvetica)).isEqualTo("Bakkerij ?");
    }

    @Test
    void lineBreaksStayAndOtherControlCharactersBecomeSpaces() {
        assertThat(PdfText.printable("regel 1\nregel\t2\r\u0000", helvetica)).isEqualTo("regel 1\nregel 2  ");
    }

    @Test
    void noTextIsEmpty() {
        assertThat(PdfText.printable(null, helvetica)).isEmpty();
    }
}
