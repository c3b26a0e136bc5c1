package nl.koploper.footprint.consumption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Reading the CSV format into the body, without the service around it (the IT covers the HTTP answers). */
class ConsumptionCsvTest {

    @Test
    void aQuotedCellWithALineBreakIsRead() {
        String file = "field;value\r\nwaste[0].kind;OTHER\r\nwaste[0].name;\"pallets\r\nen kratten\"\r\n"
                + "company.fte;3\r\n";
        ConsumptionCsv.Parsed parsed = read(file);
        assertThat(parsed.data().waste().get(0).name()).isEqualTo("pallets\r\nen kratten");
        assertThat(parsed.data().company().fte()).isEqualByComparingTo("3");
        // a row keeps the line it starts on; the next row's line counts the line break
        assertThat(parsed.lines()).containsEntry("waste[0].name", 3).containsEntry("company.fte", 5);
    }

    @Test
    void anExportedLineBreakReadsBack() {
        OrganisationYearData data = read("field;value\nwaste[0].kind;OTHER\nwaste[0].name;\"a;\nb \"\"c\"\"\"\n")
                .data();
        assertThat(read(ConsumptionCsv.write(data)).data()).isEqualTo(data);
    }

    @Test
    void anUnclosedQuoteIsTheProblemOfTheLineItStartsOn() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> read("field;value\ncompany.fte;1\n\ncompany.floorAreaM2;\"2\n\n"));
        assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("line 4", "quote"));
    }

    private static ConsumptionCsv.Parsed read(String file) {
        return ConsumptionCsv.read(file.getBytes(StandardCharsets.UTF_8));
    }
}
