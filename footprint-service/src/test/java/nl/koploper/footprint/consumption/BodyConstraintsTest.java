package nl.koploper.footprint.consumption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
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

/** The body's shape limits (Bean Validation): each limit, its field path into the body, and its code. */
class BodyConstraintsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static final OrganisationYearData EMPTY = new OrganisationYearData(null, null, null, null, null, null,
            null, null, null, null);

    @Test
    void theReferenceOrganisationsHaveNoShapeProblems() {
        for (OrganisationYear organisation : List.of(ReferenceOrganisations.office(), ReferenceOrganisations.restaurant(),
                ReferenceOrganisations.metalworking(), ReferenceOrganisations.transportCompany(),
                ReferenceOrganisations.careInstitution())) {
            assertThat(OrganisationYearData.of(organisation, "info@bakker.nl").shapeProblems(VALIDATOR)).isEmpty();
        }
        assertThat(EMPTY.shapeProblems(VALIDATOR)).isEmpty();
    }

    @Test
    void numbersTakeAtMostTwelveDigitsBeforeAndTenAfterThePoint() {
        List<BigDecimal> months = new ArrayList<>(Collections.nCopies(12, BigDecimal.ONE));
        months.set(3, null); // a month not entered
        months.set(11, new BigDecimal("0.00000000001"));
        ElectricityInput electricity = new ElectricityInput(new QuantityInput(new BigDecimal("999999999999.9999999999"),
                months, null), new BigDecimal("1000000000000"), null, null);
        assertThat(withElectricity(electricity).shapeProblems(VALIDATOR)).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactlyInAnyOrder(tuple("electricity.boughtKwh.monthly[11]", "out-of-range"),
                        tuple("electricity.greenSharePercent", "out-of-range"));
        // trailing zeros are not digits of the value
        ElectricityInput zeros = new ElectricityInput(null, new BigDecimal("50.000000000000000000"), null, null);
        assertThat(withElectricity(zeros).shapeProblems(VALIDATOR)).isEmpty();
    }

    @Test
    void textsListsAndCodesHaveTheirLimits() {
        CompanyDataInput company = new CompanyDataInput(null, null, null, null, "x".repeat(41), "1");
        WasteStreamInput stream = new WasteStreamInput(WasteKind.RESIDUAL, "y".repeat(81), null,
                new UserFactorInput(BigDecimal.ONE, "kg", "z".repeat(201)));
        OrganisationYearData data = new OrganisationYearData(1989, "not an address", company, null, null, null, null,
                null, Arrays.asList(stream, null), null);
        assertThat(data.shapeProblems(VALIDATOR)).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactlyInAnyOrder(
                tuple("year", "out-of-range"),
                tuple("contactEmail", "invalid"),
                tuple("company.productionUnit", "out-of-range"),
                tuple("company.sbiCode", "invalid"),
                tuple("waste[0].name", "out-of-range"),
                tuple("waste[0].factor.source", "out-of-range"),
                tuple("waste[1]", "required"));
        assertThat(data.shapeProblems(VALIDATOR)).extracting(FieldProblem::message).contains(
                "must be between 1990 and 2100", "not an e-mail address", "at most 40 characters",
                "an SBI code such as 56.10 or 5610", "an entry cannot be null");
        WasteStreamInput valid = new WasteStreamInput(WasteKind.RESIDUAL, null, null, null);
        OrganisationYearData tooMany = new OrganisationYearData(2025, "a.b@gemeente.nl", null, null, null, null, null,
                null, Collections.nCopies(51, valid), null);
        assertThat(tooMany.shapeProblems(VALIDATOR)).extracting(FieldProblem::field, FieldProblem::code,
                FieldProblem::message).containsExactly(tuple("waste", "out-of-range", "at most 50 entries"));
    }

    private static OrganisationYearData withElectricity(ElectricityInput electricity) {
        return new OrganisationYearData(2025, null, null, electricity, null, null, null, null, null, null);
    }
}
