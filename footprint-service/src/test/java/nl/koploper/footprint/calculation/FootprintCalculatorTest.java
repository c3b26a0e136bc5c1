package nl.koploper.footprint.calculation;

import static nl.koploper.footprint.calculation.OrganisationYearBuilder.d;
import static nl.koploper.footprint.calculation.OrganisationYearBuilder.organisationYear;
import static nl.koploper.footprint.calculation.OrganisationYearBuilder.q;
import static nl.koploper.footprint.calculation.OrganisationYearBuilder.residualWaste;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import nl.koploper.footprint.factors.EmissionFactorCatalog;
import nl.koploper.footprint.factors.EmissionFactorSet;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FootprintCalculatorTest {

    private static final EmissionFactorCatalog CATALOG = EmissionFactorCatalog.bundled();
    private static final EmissionFactorSet SET_2026 = CATALOG.setFor(2026);
    private final FootprintCalculator calculator = new FootprintCalculator();

    @Nested
    class Scope2 {

        @Test
        void marketBasedCountsGreenShareAtZeroAndTheRestAsGrey() {
            Footprint footprint = calculator.calculate(organisationYear().everyCommonThemeZero()
                    .electricity(10_000, "25").build(), SET_2026);

            // green 10_000 × 25 % = 2_500 kWh × 0 = 0; grey 7_500 × 0.483 = 3_622.500
            assertThat(footprint.scope2MarketBasedKg()).isEqualByComparingTo("3622.500");
            // location-based ignores certificates: 10_000 × 0.328 = 3_280.000
            assertThat(footprint.scope2LocationBasedKg()).isEqualByComparingTo("3280.000");
            assertThat(footprint.items()).filteredOn(item -> item.theme() == Theme.ELECTRICITY)
                    .extracting(FootprintItem::scopeLine, item -> item.factor().key(),
                    FootprintItem::quantity).containsExactly(
                    tuple(ScopeLine.SCOPE_2_MARKET_BASED, "electricity_wind", d("2500.00")),
                    tuple(ScopeLine.SCOPE_2_MARKET_BASED, "electricity_grey", d("7500.00")),
                    tuple(ScopeLine.SCOPE_2_LOCATION_BASED, "electricity_location_based", d("10000")));
        }

        @Test
        void allGreenPowerIsZeroMarketBasedButNotLocationBased() {
            Footprint footprint = calculator.calculate(organisationYear().everyCommonThemeZero()
                    .electricity(10_000, "100").build(), SET_2026);

            assertThat(footprint.scope2MarketBasedKg()).isEqualByComparingTo("0");
            assertThat(footprint.scope2LocationBasedKg()).isEqualByComparingTo("3280.000");
        }

        @Test
        void ownSolarUsedOnSiteIsInNeitherScope2MethodButShowsAsAZeroScope1Item() {
            OrganisationYear withoutSolar = organisationYear().everyCommonThemeZero()
                    .electricity(new Electricity(q(10_000), d("0"), null, null)).build();
            OrganisationYear withSolar = organisationYear().everyCommonThemeZero()
                    .electricity(new Electricity(q(10_000), d("0"), q(6_000), q(4_000))).build();

            Footprint without = calculator.calculate(withoutSolar, SET_2026);
            Footprint with = calculator.calculate(withSolar, SET_2026);

            // Decision: self-used own generation is scope 1 at 0 (GHG Protocol), not grid electricity, so
            // location-based stays 10_000 × 0.328 = 3_280.000 and market-based 10_000 × 0.483 = 4_830.000.
            assertThat(with.scope2LocationBasedKg()).isEqualByComparingTo(without.scope2LocationBasedKg())
                    .isEqualByComparingTo("3280.000");
            assertThat(with.scope2MarketBasedKg()).isEqualByComparingTo(without.scope2MarketBasedKg())
                    .isEqualByComparingTo("4830.000");
            assertThat(with.scope1Kg()).isEqualByComparingTo("0");
            assertThat(with.items()).filteredOn(item -> item.field().equals("electricity.ownGenerationSelfUsedKwh"))
                    .singleElement().satisfies(item -> {
                        assertThat(item.scopeLine()).isEqualTo(ScopeLine.SCOPE_1);
                        assertThat(item.quantity()).isEqualByComparingTo("4000");
                        assertThat(item.kgCo2e()).isEqualByComparingTo("0");
                    });
        }

        @Test
        void districtHeatCountsInBothScope2Methods() {
            Footprint footprint = calculator.calculate(organisationYear().everyCommonThemeZero()
                    .fuelsAndHeat(new FuelsAndHeat(null, q(100), null, null, null)).build(), SET_2026);

            // 100 GJ × 40.45 = 4_045.000 in both; electricity is 0 kWh here
            assertThat(footprint.scope2MarketBasedKg()).isEqualByComparingTo("4045.000");
            assertThat(footprint.scope2LocationBasedKg()).isEqualByComparingTo("4045.000");
            assertThat(footprint.scope1Kg()).isEqualByComparingTo("0");
        }

        @Test
        void unknownGreenShareCountsAllAsGreyWithAWarning() {
            Footprint footprint = calculator.calculate(organisationYear().everyCommonThemeZero()
                    .electricity(10_000, null).build(), SET_2026);

            assertThat(footprint.scope2MarketBasedKg()).isEqualByComparingTo("4830.000");
            assertThat(footprint.warnings()).extracting(Warning::code, Warning::field)
                    .containsExactly(tuple("green-share-missing", "electricity.greenSharePercent"));
        }
    }

    @Nested
    class Overrides {

        private final List<FactorOverride> supplierMix = List.of(
                new FactorOverride("electricity_grey", 2025, d("0.250"), "Leverancier stroometiket 2025"));

        private OrganisationYear year(int year) {
            return organisationYear().year(year).everyCommonThemeZero().electricity(10_000, "0").build();
        }

        @Test
        void twoOverridesOfOneKeyFromTheSameYearAreRefusedWithEveryPath() {
            List<FactorOverride> overrides = Arrays.asList(
                    new FactorOverride("electricity_grey", 2025, d("0.250"), "a"),
                    null,
                    new FactorOverride("electricity_grey", 2026, d("0.240"), "b"),
                    new FactorOverride("electricity_grey", 2025, d("0.230"), "c"),
                    new FactorOverride("no_such_key", 2025, d("-1"), " "));

            assertThat(calculator.validate(year(2025), SET_2026, overrides))
                    .extracting(FieldProblem::field, FieldProblem::code)
                    .containsExactly(tuple("overrides[1]", "required"),
                            tuple("overrides[3].effectiveFromYear", "duplicate"),
                            tuple("overrides[4].factorKey", "unknown-key"),
                            tuple("overrides[4].valueKgCo2e", "negative"),
                            tuple("overrides[4].source", "required"));
        }

        @Test
        void overrideAppliesFromItsYearOnward() {
            // 10_000 kWh × 0.250 = 2_500.000 in 2025 and 2026
            assertThat(calculator.calculate(year(2025), SET_2026, supplierMix).scope2MarketBasedKg())
                    .isEqualByComparingTo("2500.000");
            assertThat(calculator.calculate(year(2026), SET_2026, supplierMix).scope2MarketBasedKg())
                    .isEqualByComparingTo("2500.000");
        }

        @Test
        void overrideDoesNotApplyToEarlierYears() {
            // 2024 keeps the list value: 10_000 × 0.483 = 4_830.000
            Footprint footprint = calculator.calculate(year(2024), SET_2026, supplierMix);

            assertThat(footprint.scope2MarketBasedKg()).isEqualByComparingTo("4830.000");
            assertThat(footprint.factorsUsed()).extracting(AppliedFactor::key, AppliedFactor::origin)
                    .contains(tuple("electricity_grey", FactorOrigin.FACTOR_LIST));
        }

        @Test
        void newerOverrideTakesOverFromItsOwnYear() {
            List<FactorOverride> two = List.of(supplierMix.get(0),
                    new FactorOverride("electricity_grey", 2026, d("0.200"), "Leverancier stroometiket 2026"));

            // 2025: 10_000 × 0.250 = 2_500.000; 2026: 10_000 × 0.200 = 2_000.000
            assertThat(calculator.calculate(year(2025), SET_2026, two).scope2MarketBasedKg())
                    .isEqualByComparingTo("2500.000");
            assertThat(calculator.calculate(year(2026), SET_2026, two).scope2MarketBasedKg())
                    .isEqualByComparingTo("2000.000");
        }

        @Test
        void resultRecordsOverrideAndListedValue() {
            Footprint footprint = calculator.calculate(year(2026), SET_2026, supplierMix);

            AppliedFactor grey = footprint.factorsUsed().stream()
                    .filter(factor -> factor.key().equals("electricity_grey")).findFirst().orElseThrow();
            assertThat(grey.origin()).isEqualTo(FactorOrigin.ORGANISATION_OVERRIDE);
            assertThat(grey.valueKgCo2e()).isEqualByComparingTo("0.250");
            assertThat(grey.overrideFromYear()).isEqualTo(2025);
            assertThat(grey.listFactor().valueKgCo2e()).isEqualByComparingTo("0.483");
            assertThat(footprint.explanation()).contains("bought, grey part: 10000 kWh × 0.250 kg CO2e/kWh"
                    + " [electricity_grey; override from 2025, Leverancier stroometiket 2025 (list 0.483)]"
                    + " = 2500.000 kg CO2e");
        }

        @Test
        void overrideOfUnknownKeyIsAValidationError() {
            List<FactorOverride> unknown = List.of(new FactorOverride("electricity_purple", 2025, d("0.1"), "x"));

            assertThatThrownBy(() -> calculator.calculate(year(2026), SET_2026, unknown))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field, FieldProblem::code)
                            .containsExactly(tuple("overrides[0].factorKey", "unknown-key")));
        }
    }

    @Nested
    class EmptyVersusZero {

        @Test
        void emptyCommonThemesWarn() {
            Footprint footprint = calculator.calculate(organisationYear().build(), SET_2026);

            assertThat(footprint.warnings()).extracting(Warning::code, Warning::field).containsExactly(
                    tuple("theme-empty", "electricity"), tuple("theme-empty", "fuelsAndHeat"),
                    tuple("theme-empty", "water.m3"), tuple("theme-empty", "waste"));
            assertThat(footprint.items()).isEmpty();
            assertThat(footprint.totalMarketBasedKg()).isEqualByComparingTo("0");
        }

        @Test
        void zeroEnteredThemesDoNotWarn() {
            Footprint footprint = calculator.calculate(organisationYear().everyCommonThemeZero().build(), SET_2026);

            assertThat(footprint.warnings()).isEmpty();
            // Zero is an answer and shows as items of 0 kg, unlike an empty field.
            assertThat(footprint.items()).extracting(FootprintItem::field).contains("electricity.boughtKwh",
                    "fuelsAndHeat.naturalGasNm3", "water.m3", "waste[0].kg");
            assertThat(footprint.totalMarketBasedKg()).isEqualByComparingTo("0");
        }

        @Test
        void zeroWaterWithoutAFactorIsNoProblemButAnAmountIs() {
            OrganisationYear zero = organisationYear().everyCommonThemeZero().water(new Water(q(0), null)).build();
            OrganisationYear some = organisationYear().everyCommonThemeZero().water(new Water(q(100), null)).build();

            assertThat(calculator.calculate(zero, SET_2026).factorProblems()).isEmpty();
            assertThat(calculator.calculate(some, SET_2026).factorProblems()).extracting(FieldProblem::field,
                    FieldProblem::code).containsExactly(tuple("water.m3", "missing-factor"));
        }

        @Test
        void emptyFloorAreaSkipsThePerM2CheckWhileZeroKwhOnRealFloorAreaWarns() {
            OrganisationYear noArea = organisationYear().everyCommonThemeZero().electricity(5_000, "0").build();
            OrganisationYear zeroKwh = organisationYear().everyCommonThemeZero().company("3", "200")
                    .electricity(0, "0").build();

            assertThat(calculator.calculate(noArea, SET_2026).warnings()).isEmpty();
            assertThat(calculator.calculate(zeroKwh, SET_2026).warnings()).extracting(Warning::code)
                    .containsExactly("electricity-per-m2", "electricity-per-fte");
        }
    }

    @Nested
    class Plausibility {

        @Test
        void absurdlyHighElectricityPerM2AndPerFteWarns() {
            // 5_000_000 kWh on 100 m² = 50_000 kWh/m², and per 2 FTE = 2_500_000 kWh: probably kWh typed as Wh
            OrganisationYear input = organisationYear().everyCommonThemeZero().company("2", "100")
                    .electricity(5_000_000, "0").build();

            assertThat(calculator.calculate(input, SET_2026).warnings()).extracting(Warning::code)
                    .containsExactly("electricity-per-m2", "electricity-per-fte");
        }

        @Test
        void partialMonthsWarnAndSumTheMonthsGiven() {
            List<BigDecimal> months = new ArrayList<>(Arrays.asList(new BigDecimal[12]));
            months.set(0, d("1000"));
            months.set(1, d("900"));
            OrganisationYear input = organisationYear().everyCommonThemeZero()
                    .fuelsAndHeat(FuelsAndHeat.naturalGas(Quantity.monthly(months))).build();

            Footprint footprint = calculator.calculate(input, SET_2026);

            // 1_000 + 900 = 1_900 Nm3 × 2.134 = 4_054.600
            assertThat(footprint.scope1Kg()).isEqualByComparingTo("4054.600");
            assertThat(footprint.warnings()).extracting(Warning::code, Warning::field)
                    .containsExactly(tuple("partial-months", "fuelsAndHeat.naturalGasNm3"));
        }
    }

    @Nested
    class Preliminary {

        @Test
        void preliminaryValueIsCarriedToItsItemAndTheResult() {
            OrganisationYear input = organisationYear().everyCommonThemeZero()
                    .electricity(Electricity.bought(q(10_000).asPreliminary(), d("0"))).build();

            Footprint footprint = calculator.calculate(input, SET_2026);

            assertThat(footprint.preliminary()).isTrue();
            assertThat(footprint.items()).filteredOn(FootprintItem::preliminary)
                    .extracting(FootprintItem::field).containsOnly("electricity.boughtKwh").hasSize(2);
            assertThat(footprint.explanation()).anyMatch(line -> line.endsWith("(preliminary)"));
        }

        @Test
        void withoutPreliminaryValuesTheResultIsFinal() {
            assertThat(calculator.calculate(organisationYear().everyCommonThemeZero().build(), SET_2026)
                    .preliminary()).isFalse();
        }
    }

    @Nested
    class MissingFactors {

        @Test
        void heatingOilWithoutFactorIsAProblemNotZero() {
            OrganisationYear input = organisationYear().everyCommonThemeZero()
                    .fuelsAndHeat(new FuelsAndHeat(q(1_000), null, null, q(2_000), null)).build();

            Footprint footprint = calculator.calculate(input, SET_2026);

            assertThat(footprint.complete()).isFalse();
            assertThat(footprint.factorProblems()).extracting(FieldProblem::field, FieldProblem::code)
                    .containsExactly(tuple("fuelsAndHeat.heatingOilLitres", "missing-factor"));
            assertThat(footprint.items()).extracting(FootprintItem::field)
                    .doesNotContain("fuelsAndHeat.heatingOilLitres");
            // only the gas: 1_000 × 2.134 = 2_134.000
            assertThat(footprint.scope1Kg()).isEqualByComparingTo("2134.000");
        }

        @Test
        void heatingOilWithAUserFactorIsComputed() {
            OrganisationYear input = organisationYear().everyCommonThemeZero()
                    .fuelsAndHeat(new FuelsAndHeat(null, null, null, q(2_000),
                            UserFactor.of("3.2", "liter", "test: oil supplier"))).build();

            Footprint footprint = calculator.calculate(input, SET_2026);

            // 2_000 l × 3.2 = 6_400.000
            assertThat(footprint.scope1Kg()).isEqualByComparingTo("6400.000");
            assertThat(footprint.complete()).isTrue();
            assertThat(footprint.factorsUsed()).extracting(AppliedFactor::key, AppliedFactor::origin)
                    .contains(tuple("fuelsAndHeat.heatingOilFactor", FactorOrigin.USER_SUPPLIED));
        }

        @Test
        void aKeyAbsentFromTheChosenSetIsAProblem() {
            // The 2025 set has only travel and location-based factors (the fuel list is 2026).
            Footprint footprint = calculator.calculate(organisationYear().year(2025).everyCommonThemeZero()
                    .naturalGas(1_000).build(), CATALOG.setFor(2025));

            assertThat(footprint.factorSetYear()).isEqualTo(2025);
            assertThat(footprint.factorProblems()).extracting(FieldProblem::field, FieldProblem::code)
                    .contains(tuple("fuelsAndHeat.naturalGasNm3", "missing-factor"));
            assertThat(footprint.scope1Kg()).isEqualByComparingTo("0");
        }
    }

    @Nested
    class Validation {

        @Test
        void badValuesAreRefusedWithEveryFieldPath() {
            List<BigDecimal> months = new ArrayList<>(Collections.nCopies(12, d("100")));
            months.set(3, d("-5"));
            OrganisationYear input = organisationYear()
                    .company(new CompanyData(d("-1"), null, null, d("10"), null))
                    .electricity(new Electricity(q(-10), d("120"), q(1_000), q(2_000)))
                    .fuelsAndHeat(new FuelsAndHeat(Quantity.monthly(months), q("2e9"), null, null, null))
                    .water(new Water(q(10), UserFactor.of("0.3", "liter", "x")))
                    .waste(new WasteStream(WasteKind.RESIDUAL, null, q(-1),
                            OrganisationYearBuilder.RESIDUAL_WASTE_FACTOR))
                    .other(new OtherScope3Item("kantoorartikelen", null, q(1), UserFactor.of("1", "bags", "x")))
                    .build();

            assertThatThrownBy(() -> calculator.calculate(input, SET_2026))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                                    tuple("company.fte", "negative"),
                                    tuple("company.productionUnit", "required"),
                                    tuple("electricity.boughtKwh", "negative"),
                                    tuple("electricity.greenSharePercent", "out-of-range"),
                                    tuple("electricity.ownGenerationSelfUsedKwh", "exceeds"),
                                    tuple("fuelsAndHeat.naturalGasNm3.monthly[3]", "negative"),
                                    tuple("fuelsAndHeat.districtHeatGj", "too-large"),
                                    tuple("water.factor.unit", "unit-mismatch"),
                                    tuple("waste[0].kg", "negative"),
                                    tuple("otherScope3[0].category", "required"),
                                    tuple("otherScope3[0].factor.unit", "unknown-unit")));
        }

        @Test
        void negativeGreenShareIsAValidationErrorNotAWarning() {
            OrganisationYear input = organisationYear().everyCommonThemeZero().electricity(1_000, "-1").build();

            assertThat(calculator.validate(input, SET_2026, List.of())).extracting(FieldProblem::field)
                    .containsExactly("electricity.greenSharePercent");
        }

        @Test
        void monthlyFiguresNeedTwelveEntriesAndNotAlsoATotal() {
            OrganisationYear input = organisationYear().everyCommonThemeZero()
                    .fuelsAndHeat(new FuelsAndHeat(Quantity.monthly(List.of(d("1"), d("2"))),
                            new Quantity(d("5"), List.of(d("5")), false), null, null, null)).build();

            assertThat(calculator.validate(input, SET_2026, List.of()))
                    .extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                            tuple("fuelsAndHeat.naturalGasNm3.monthly", "monthly-count"),
                            tuple("fuelsAndHeat.districtHeatGj", "ambiguous"));
        }

        @Test
        void aBillionKwhIsStillAcceptedButMoreIsNot() {
            OrganisationYear limit = organisationYear().everyCommonThemeZero()
                    .electricity(1_000_000_000L, "0").build();
            OrganisationYear over = organisationYear().everyCommonThemeZero()
                    .electricity(1_000_000_001L, "0").build();

            assertThat(calculator.validate(limit, SET_2026, List.of())).isEmpty();
            assertThat(calculator.validate(over, SET_2026, List.of())).extracting(FieldProblem::code)
                    .containsExactly("too-large");
        }
    }

    @Test
    void explanationShowsQuantityFactorSourceAndResult() {
        Footprint footprint = calculator.calculate(organisationYear().everyCommonThemeZero()
                .naturalGas(12_000).build(), SET_2026);

        assertThat(footprint.explanation()).contains(
                "natural gas: 12000 Nm3 × 2.134 kg CO2e/Nm3 [natural_gas; list 2026, S1] = 25608.000 kg CO2e");
    }

    @Test
    void explanationNamesAUserFactorAndItsSource() {
        Footprint footprint = calculator.calculate(organisationYear().everyCommonThemeZero().water(350).build(),
                SET_2026);

        assertThat(footprint.explanation()).contains("tap water: 350 m3 × 0.3 kg CO2e/m3 [water.factor; user factor,"
                + " test: drinking-water company figure] = 105.000 kg CO2e");
    }

    @Test
    void scope3CategoriesAreTheFifteenOfTheStandardInOrder() {
        assertThat(Scope3Category.values()).hasSize(15)
                .extracting(Scope3Category::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    }

    @Test
    void residualWasteZeroIsAnAnswer() {
        OrganisationYear input = organisationYear().everyCommonThemeZero().waste(residualWaste(0)).build();

        assertThat(calculator.calculate(input, SET_2026).warnings()).isEmpty();
    }
}
