package nl.koploper.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void aDutchSpreadsheetReadsSemicolonsDecimalCommasAndUtf8() {
        String csv = SpreadsheetCsv.withColumns("Organisatie", "FTE", "Plaats")
                .row("Bakkerij Één", new BigDecimal("12.5"), "Leek").write();
        assertThat(csv).isEqualTo("\uFEFFOrganisatie;FTE;Plaats\r\nBakkerij Één;12,5;Leek\r\n");
    }

    @Test
    void cellsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        String csv = SpreadsheetCsv.withColumns("Naam", "Reden").row("De \"Koploper\"; BV", "Eerst\nDan").write();
        assertThat(csv).endsWith("\"De \"\"Koploper\"\"; BV\";\"Eerst\nDan\"\r\n");
    }

    @Test
    void aTypedTextThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        String csv = SpreadsheetCsv.withColumns("Naam", "Reden", "Verschil")
                .row("=HYPERLINK(\"http://x\")", "@SUM(A1)", -12).write();
        assertThat(csv).endsWith("\r\n\"'=HYPERLINK(\"\"http://x\"\")\";'@SUM(A1);-12\r\n");
    }

    @Test
    void anEmptyCellForNullAndARowOfTheWrongLengthIsAProgrammingError() {
        assertThat(SpreadsheetCsv.withColumns("A", "B").row(null, "x").write()).endsWith(";x\r\n");
        assertThatThrownBy(() -> SpreadsheetCsv.withColumns("A", "B").row("x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
