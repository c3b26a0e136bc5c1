package nl.koploper.footprint.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.koploper.platform.web.FieldProblem;
import org.junit.jupiter.api.Test;

class NewFactorSetValidatorTest {

    private static final EmissionFactorSet PREVIOUS = EmissionFactorSet.of(2026, List.of(
            factor("natural_gas", "Nm3", "2.134"),
            factor("electricity_grey", "kWh", "0.483"),
            factor("hydrogen_grey", "kg", "12.516")));

    static ProposedFactor proposed(EmissionFactor factor, BigDecimal value) {
        return new ProposedFactor(factor.key(), factor.nameNl(), factor.unit().code(), factor.scope(), factor.theme(),
                value, factor.basis(), factor.wttKgCo2e(), factor.source());
    }

    private static EmissionFactor factor(String key, String unit, String value) {
        return new EmissionFactor(2026, key, key, Unit.fromCode(unit).orElseThrow(), 1, "fuel",
                new BigDecimal(value), "WTW", null, "S1");
    }

    private static ProposedFactor row(String key, String unit, String value) {
        return new ProposedFactor(key, "naam " + key, unit, 1, "fuel", new BigDecimal(value), "WTW", null,
                "co2emissiefactoren.nl 2027");
    }

    private static List<ProposedFactor> complete() {
        return new ArrayList<>(List.of(row("natural_gas", "Nm3", "2.1"), row("electricity_grey", "kWh", "0.45"),
                row("hydrogen_grey", "kg", "12.0")));
    }

    @Test
    void completeListPasses() {
        assertThat(NewFactorSetValidator.validate(PREVIOUS, 2027, complete(), Set.of())).isEmpty();
    }

    @Test
    void missingKeyIsReported() {
        List<ProposedFactor> rows = complete();
        rows.remove(2);

        assertThat(NewFactorSetValidator.validate(PREVIOUS, 2027, rows, Set.of()))
                .extracting(FieldProblem::field, FieldProblem::code, FieldProblem::message)
                .containsExactly(tuple("factors", "missing-key",
                        "key hydrogen_grey of set 2026 is missing; add it or list it as retired"));
    }

    @Test
    void explicitlyRetiredKeyMayBeMissing() {
        List<ProposedFactor> rows = complete();
        rows.remove(2);

        assertThat(NewFactorSetValidator.validate(PREVIOUS, 2027, rows, Set.of("hydrogen_grey"))).isEmpty();
    }

    @Test
    void retiringAnUnknownKeyOrAListedOneIsReported() {
        assertThat(NewFactorSetValidator.validate(PREVIOUS, 2027, complete(), Set.of("unobtainium", "natural_gas")))
                .extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                        tuple("factors[0].key", "conflict"),
                        tuple("retired", "unknown-key"));
    }

    @Test
    void negativeValueIsReportedWithItsRow() {
        List<ProposedFactor> rows = complete();
        rows.set(1, row("electricity_grey", "kWh", "-0.45"));

        assertThat(NewFactorSetValidator.validate(PREVIOUS, 2027, rows, Set.of()))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("factors[1].valueKgCo2e", "negative"));
    }

    @Test
    void unknownUnitIsReportedWithItsRow() {
        List<ProposedFactor> rows = complete();
        rows.add(row("biogas", "barrel", "0.5"));

        assertThat(NewFactorSetValidator.validate(PREVIOUS, 2027, rows, Set.of()))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("factors[3].unit", "unknown-unit"));
    }

    @Test
    void changedUnitForAnExistingKeyIsReported() {
        List<ProposedFactor> rows = complete();
        rows.set(0, row("natural_gas", "m3", "2.1"));

        assertThat(NewFactorSetValidator.validate(PREVIOUS, 2027, rows, Set.of()))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("factors[0].unit", "unit-changed"));
    }

    @Test
    void duplicateKeyAndAYearNotAfterThePreviousAreReported() {
        List<ProposedFactor> rows = complete();
        rows.add(row("natural_gas", "Nm3", "2.2"));

        assertThat(NewFactorSetValidator.validate(PREVIOUS, 2026, rows, Set.of()))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("year", "out-of-range"), tuple("factors[3].key", "duplicate"));
    }
}
