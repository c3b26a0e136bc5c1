package nl.koploper.footprint.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

class EmissionFactorCatalogTest {

    private static final String HEADER =
            "list_year,scope,theme,key,name_nl,unit,value_kg_co2e,basis,wtt_kg_co2e,source\n";

    private final EmissionFactorCatalog catalog = EmissionFactorCatalog.bundled();

    @Test
    void bundledFileHasEveryRowWithItsSource() {
        assertThat(catalog.listYears()).containsExactly(2024, 2025, 2026);
        assertThat(catalog.list(2026)).hasSize(21);
        assertThat(catalog.list(2025)).hasSize(7);
        assertThat(catalog.list(2024)).hasSize(1);

        EmissionFactor gas = catalog.latest().find("natural_gas").orElseThrow();
        assertThat(gas).isEqualTo(new EmissionFactor(2026, "natural_gas", "Aardgas (G-gas)", Unit.NM3, 1, "fuel",
                new BigDecimal("2.134"), "WTW", new BigDecimal("0.355"), "S1"));
        EmissionFactor location = catalog.latest().find("electricity_location_based").orElseThrow();
        assertThat(location.wttKgCo2e()).isNull();
        assertThat(location.basis()).isEqualTo("location-based");
        assertThat(location.source()).isEqualTo("S2");
    }

    @Test
    void shippedFileKeepsTheHeaderThatDescribesTheSources() throws Exception {
        try (var in = getClass().getClassLoader().getResourceAsStream(EmissionFactorCatalog.BUNDLED)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("# S1 = ", "# S2 = ", "# S3 = ")
                    .contains("list_year,scope,theme,key,name_nl,unit,value_kg_co2e,basis,wtt_kg_co2e,source");
        }
        assertThat(catalog.latest().factors()).extracting(EmissionFactor::source).containsOnly("S1", "S2", "S3");
    }

    @Test
    void setForAYearTakesTheNewestListOfEachKeyUpToThatYear() {
        EmissionFactorSet set2026 = catalog.setFor(2026);

        assertThat(set2026.year()).isEqualTo(2026);
        assertThat(set2026.size()).isEqualTo(29);
        assertThat(set2026.find("natural_gas").orElseThrow().listYear()).isEqualTo(2026);
        assertThat(set2026.find("flight_under_700km").orElseThrow().listYear()).isEqualTo(2025);
        assertThat(set2026.find("car_electric_grey").orElseThrow().listYear()).isEqualTo(2024);

        // 2025 has no fuel list of its own, so its set holds only what was listed up to 2025.
        EmissionFactorSet set2025 = catalog.setFor(2025);
        assertThat(set2025.size()).isEqualTo(8);
        assertThat(set2025.contains("natural_gas")).isFalse();
        assertThat(catalog.setFor(2024).keys()).containsExactly("car_electric_grey");
        // A year after the newest list uses the newest values.
        assertThat(catalog.setFor(2030).factors()).containsExactlyElementsOf(set2026.factors());
    }

    @Test
    void noSetBeforeTheFirstList() {
        assertThatThrownBy(() -> catalog.setFor(2023)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fileWithBadRowsIsRefusedAsAWholeWithEveryProblem() {
        String csv = "# comment\n" + HEADER
                + "2026,1,fuel,natural_gas,Aardgas,Nm3,2.134,WTW,0.355,S1\n"
                + "2026,1,fuel,natural_gas,Aardgas nogmaals,Nm3,2.2,WTW,0.355,S1\n"
                + "2026,1,fuel,propane,Propaan,gallon,1.725,WTW,0.1954,S1\n"
                + "2026,1,fuel,lpg,LPG,liter,-1.792,WTW,,S1\n"
                + "2026,1,fuel,diesel,Diesel,liter,abc,WTW,,S1\n"
                + "2026,1,fuel,petrol,Benzine,liter,2.794,WTW,0.655,\n";

        assertThatThrownBy(() -> EmissionFactorCatalog.parse("test.csv", new StringReader(csv)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                                tuple("test.csv:4.key", "duplicate"),
                                tuple("test.csv:5.unit", "unknown-unit"),
                                tuple("test.csv:6.valueKgCo2e", "negative"),
                                tuple("test.csv:7.valueKgCo2e", "not-a-number"),
                                tuple("test.csv:8.source", "required")));
    }

    @Test
    void sameKeyInDifferentListYearsIsFine() {
        String csv = HEADER
                + "2025,1,fuel,natural_gas,Aardgas,Nm3,2.085,WTW,0.3,S1\n"
                + "2026,1,fuel,natural_gas,Aardgas,Nm3,2.134,WTW,0.355,S1\n"
                + "2026,2,electricity,\"electricity_grey\",\"Grijze stroom, onbekend\",kWh,0.483,WTW,0.082,S1\n";

        EmissionFactorCatalog parsed = EmissionFactorCatalog.parse("test.csv", new StringReader(csv));

        assertThat(parsed.setFor(2025).find("natural_gas").orElseThrow().valueKgCo2e()).isEqualByComparingTo("2.085");
        assertThat(parsed.setFor(2026).find("natural_gas").orElseThrow().valueKgCo2e()).isEqualByComparingTo("2.134");
        assertThat(parsed.setFor(2026).find("electricity_grey").orElseThrow().nameNl())
                .isEqualTo("Grijze stroom, onbekend");
    }

    @Test
    void addingAListLeavesEarlierSetsUnchangedAndDropsRetiredKeys() {
        List<ProposedFactor> list2027 = new ArrayList<>();
        for (EmissionFactor factor : catalog.latest().factors()) {
            if (!factor.key().equals("hydrogen_grey")) {
                BigDecimal value = factor.key().equals("electricity_grey") ? new BigDecimal("0.450")
                        : factor.valueKgCo2e();
                list2027.add(NewFactorSetValidatorTest.proposed(factor, value));
            }
        }

        EmissionFactorCatalog next = catalog.withNewList(2027, list2027, Set.of("hydrogen_grey"));

        assertThat(next.latest().year()).isEqualTo(2027);
        assertThat(next.latest().contains("hydrogen_grey")).isFalse();
        assertThat(next.latest().find("electricity_grey").orElseThrow().valueKgCo2e()).isEqualByComparingTo("0.450");
        // The 2026 set is what it was: results computed with it stay reproducible.
        assertThat(next.setFor(2026).factors()).containsExactlyElementsOf(catalog.setFor(2026).factors());
        assertThat(catalog.listYears()).doesNotContain(2027);
    }

    @Test
    void invalidNewListIsNotAdded() {
        assertThatThrownBy(() -> catalog.withNewList(2027, List.of(), Set.of()))
                .isInstanceOf(InvalidInputException.class);
    }
}
