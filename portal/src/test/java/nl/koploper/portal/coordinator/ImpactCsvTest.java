package nl.koploper.portal.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ImpactCsvTest {

    @Test
    void aNameThatLooksLikeAFormulaStaysText() {
        assertThat(ImpactCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(ImpactCsv.cell("+31 Bakkerij")).isEqualTo("'+31 Bakkerij");
        assertThat(ImpactCsv.cell("-12,5")).as("a negative number stays a number").isEqualTo("-12,5");
        assertThat(ImpactCsv.cell("Bakkerij De Korenschoof")).isEqualTo("Bakkerij De Korenschoof");
    }

    @Test
    void numbersHaveADecimalCommaAndNoThousandsSeparator() {
        assertThat(ImpactCsv.decimal(new BigDecimal("1234567.25"))).isEqualTo("1234567,3");
        assertThat(ImpactCsv.decimal(new BigDecimal("-2999.55"))).isEqualTo("-2999,6");
        assertThat(ImpactCsv.decimal(new BigDecimal("12000.0"))).isEqualTo("12000");
        assertThat(ImpactCsv.decimal(null)).isEmpty();
    }
}
