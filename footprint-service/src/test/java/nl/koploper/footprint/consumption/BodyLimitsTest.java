package nl.koploper.footprint.consumption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import nl.koploper.footprint.calculation.OrganisationYear;
import nl.koploper.footprint.calculation.ReferenceOrganisations;
import nl.koploper.footprint.calculation.WasteKind;
import nl.koploper.footprint.consumption.OrganisationYearData.CompanyDataInput;
import nl.koploper.footprint.consumption.OrganisationYearData.ElectricityInput;
import nl.koploper.footprint.consumption.OrganisationYearData.QuantityInput;
import nl.koploper.footprint.consumption.OrganisationYearData.UserFactorInput;
import nl.koploper.footprint.consumption.OrganisationYearData.WasteStreamInput;
import nl.koploper.platform.web.FieldProblem;
import org.junit.jupiter.api.Test;

/** The body's shape limits, checked by hand: each limit, its field path into the body, and its code. */
class BodyLimitsTest {

    private static final OrganisationYearData EMPTY = new OrganisationYearData(null, null, null, null, null, null,
            null, null, null, null);

    @Test
    void theReferenceOrganisationsHaveNoShapeProblems() {
        for (OrganisationYear organisation : List.of(ReferenceOrganisations.office(), ReferenceOrganisations.restaurant(),
                ReferenceOrganisations.metalworking(), ReferenceOrganisations.transportCompany(),
                ReferenceOrganisations.careInstitution())) {
            assertThat(OrganisationYearData.of(organisation, "info@bakker.nl").shapeProblems()).isEmpty();
        }
        assertThat(EMPTY.shapeProblems()).isEmpty();
    }

    @Test
    void numbersTakeAtMostTwelveDigitsBeforeAndTenAfterThePoint() {
        List<BigDecimal> months = new ArrayList<>(Collections.nCopies(12, BigDecimal.ONE));
        months.set(3, null); // a month not entered
        months.set(11, new BigDecimal("0.00000000001"));
        ElectricityInput electricity = new ElectricityInput(new QuantityInput(new BigDecimal("999999999999.9999999999"),
                months, null), new BigDecimal("1000000000000"), null, null);
        assertThat(withElectricity(electricity).shapeProblems()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("electricity.boughtKwh.monthly[11]", "out-of-range"),
                        tuple("electricity.greenSharePercent", "out-of-range"));
        // trailing zeros are not digits of the value
        ElectricityInput zeros = new ElectricityInput(null, new BigDecimal("50.000000000000000000"), null, null);
        assertThat(withElectricity(zeros).shapeProblems()).isEmpty();
    }

    @Test
    void textsListsAndCodesHaveTheirLimits() {
        CompanyDataInput company = new CompanyDataInput(null, null, null, null, "x".repeat(41), "1");
        WasteStreamInput stream = new WasteStreamInput(WasteKind.RESIDUAL, "y".repeat(81), null,
                new UserFactorInput(BigDecimal.ONE, "kg", "z".repeat(201)));
        OrganisationYearData data = new OrganisationYearData(1989, "not an address", company, null, null, null, null,
                null, Arrays.asList(stream, null), null);
        assertThat(data.shapeProblems()).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                tuple("year", "out-of-range"),
                tuple("contactEmail", "invalid"),
                tuple("company.productionUnit", "out-of-range"),
                tuple("company.sbiCode", "invalid"),
                tuple("waste[0].name", "out-of-range"),
                tuple("waste[0].factor.source", "out-of-range"),
                tuple("waste[1]", "required"));
        OrganisationYearData tooMany = new OrganisationYearData(2025, "a.b@gemeente.nl", null, null, null, null, null,
                null, Collections.nCopies(51, stream), null);
        assertThat(tooMany.shapeProblems()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("waste", "out-of-range"));
    }

    private static OrganisationYearData withElectricity(ElectricityInput electricity) {
        return new OrganisationYearData(2025, null, null, electricity, null, null, null, null, null, null);
    }
}
