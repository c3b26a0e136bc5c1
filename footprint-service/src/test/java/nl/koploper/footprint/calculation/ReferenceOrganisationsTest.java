package nl.koploper.footprint.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.koploper.footprint.factors.EmissionFactorCatalog;
import nl.koploper.footprint.factors.EmissionFactorSet;
import org.junit.jupiter.api.Test;

/**
 * The five reference organisations against totals computed by hand from emission-factors-nl.csv (set 2026).
 * Asserted exactly at 3 decimals, which is stricter than the 0.1 %: the calculation never rounds.
 * Factors used: natural_gas 2.134/Nm3, propane 1.725/l, diesel_b7 3.251/l, petrol_e10 2.794/l, hvo30 2.558/l,
 * cng 2.831/kg, electricity_grey 0.483/kWh, electricity_wind and _solar 0, electricity_location_based 0.328/kWh,
 * district_heat_average 40.45/GJ, car_fuel_unknown 0.193/km, car_petrol_medium 0.204/km, car_electric_grey
 * 0.109/km, flight_700_2500km 0.172/passenger-km.
 */
class ReferenceOrganisationsTest {

    private static final EmissionFactorSet SET_2026 = EmissionFactorCatalog.bundled().setFor(2026);
    private final FootprintCalculator calculator = new FootprintCalculator();

    @Test
    void officeMatchesHandComputation() {
        Footprint footprint = calculator.calculate(ReferenceOrganisations.office(), SET_2026);

        // Scope 1: natural gas   9_500 Nm3 × 2.134 = 20_273.000
        //          petrol E10    2_400 l   × 2.794 =  6_705.600
        //          own solar     8_000 kWh × 0     =      0
        //                                           = 26_978.600
        // Scope 2 market:   green 60_000 × 50 % = 30_000 kWh × 0 = 0; grey 30_000 kWh × 0.483 = 14_490.000
        // Scope 2 location: 60_000 kWh × 0.328 = 19_680.000 (own solar not included, see Calculation#electricity)
        // Scope 3: private km 15_000 × 0.193 = 2_895.000; public transport 20_000 × 0.035 (user) = 700.000;
        //          flights 12_000 pkm × 0.172 = 2_064.000; commuting 180_000 × 0.193 = 34_740.000;
        //          water 350 × 0.3 = 105.000; residual 4_000 × 0.5 = 2_000.000; paper 1_500 × 0.1 = 150.000
        //                                           = 42_654.000
        assertTotals(footprint, "26978.600", "14490.000", "19680.000", "42654.000");
        // Market-based total 26_978.6 + 14_490 + 42_654 = 84_122.600; location-based 89_312.600
        assertThat(footprint.totalMarketBasedKg()).isEqualByComparingTo("84122.600");
        assertThat(footprint.totalLocationBasedKg()).isEqualByComparingTo("89312.600");
        // Per theme (market-based): business transport 6_705.6 + 2_895 + 700 + 2_064 = 12_364.600;
        // waste 2_000 + 150 = 2_150.000
        assertThat(footprint.themeKg(Theme.ELECTRICITY)).isEqualByComparingTo("14490.000");
        assertThat(footprint.themeKg(Theme.FUELS_AND_HEAT)).isEqualByComparingTo("20273.000");
        assertThat(footprint.themeKg(Theme.BUSINESS_TRANSPORT)).isEqualByComparingTo("12364.600");
        assertThat(footprint.themeKg(Theme.COMMUTING)).isEqualByComparingTo("34740.000");
        assertThat(footprint.themeKg(Theme.WATER)).isEqualByComparingTo("105.000");
        assertThat(footprint.themeKg(Theme.WASTE)).isEqualByComparingTo("2150.000");
        // Electricity 68_000 kWh / 800 m² = 85, / 25 FTE = 2_720: plausible, and every common theme is filled.
        assertThat(footprint.warnings()).isEmpty();
        assertThat(footprint.complete()).isTrue();
        assertThat(footprint.preliminary()).isFalse();
    }

    @Test
    void restaurantMatchesHandComputation() {
        Footprint footprint = calculator.calculate(ReferenceOrganisations.restaurant(), SET_2026);

        // Gas per month 2_000 + 1_900 + 1_600 + 1_100 + 800 + 600 + 500 + 500 + 700 + 1_100 + 1_400 + 1_800
        //              = 14_000 Nm3
        // Scope 1: natural gas 14_000 × 2.134 = 29_876.000; propane 600 l × 1.725 = 1_035.000;
        //          diesel B7 1_200 l × 3.251 = 3_901.200                     = 34_812.200
        // Scope 2 market: green share 0 → all 45_000 kWh × 0.483 = 21_735.000
        // Scope 2 location: 45_000 × 0.328 = 14_760.000
        // Scope 3: commuting 20_000 × 0.193 = 3_860.000; water 900 × 0.3 = 270.000;
        //          residual 12_000 × 0.5 = 6_000.000; swill 8_000 × 0.2 = 1_600.000   = 11_730.000
        assertTotals(footprint, "34812.200", "21735.000", "14760.000", "11730.000");
        // 34_812.2 + 21_735 + 11_730 = 68_277.200
        assertThat(footprint.totalMarketBasedKg()).isEqualByComparingTo("68277.200");
        assertThat(footprint.items()).filteredOn(item -> item.field().equals("fuelsAndHeat.naturalGasNm3"))
                .singleElement().satisfies(item -> assertThat(item.quantity()).isEqualByComparingTo("14000"));
        assertThat(footprint.warnings()).isEmpty();
    }

    @Test
    void metalworkingCompanyMatchesHandComputation() {
        Footprint footprint = calculator.calculate(ReferenceOrganisations.metalworking(), SET_2026);

        // Scope 1: natural gas 60_000 × 2.134 = 128_040.000; propane 2_000 × 1.725 = 3_450.000;
        //          diesel B7 18_000 × 3.251 = 58_518.000                          = 190_008.000
        // Scope 2 market: green 850_000 × 30 % = 255_000 × 0 = 0; grey 595_000 × 0.483 = 287_385.000
        // Scope 2 location: 850_000 × 0.328 = 278_800.000
        // Scope 3: commuting 300_000 × 0.193 = 57_900.000; water 1_200 × 0.3 = 360.000;
        //          residual 25_000 × 0.5 = 12_500.000; scrap 40_000 × 0.02 = 800.000;
        //          steel 150 tonne × 2_100 = 315_000.000                          = 386_560.000
        assertTotals(footprint, "190008.000", "287385.000", "278800.000", "386560.000");
        // 190_008 + 287_385 + 386_560 = 863_953.000
        assertThat(footprint.totalMarketBasedKg()).isEqualByComparingTo("863953.000");
        assertThat(footprint.themeKg(Theme.OTHER_SCOPE_3)).isEqualByComparingTo("315000.000");
        assertThat(footprint.items()).filteredOn(item -> item.theme() == Theme.OTHER_SCOPE_3).singleElement()
                .satisfies(item -> assertThat(item.category()).isEqualTo(Scope3Category.PURCHASED_GOODS_AND_SERVICES));
    }

    @Test
    void transportCompanyMatchesHandComputation() {
        Footprint footprint = calculator.calculate(ReferenceOrganisations.transportCompany(), SET_2026);

        // Scope 1: diesel B7 450_000 × 3.251 = 1_462_950.000; HVO30 80_000 × 2.558 = 204_640.000;
        //          CNG 5_000 kg × 2.831 = 14_155.000; petrol E10 3_000 × 2.794 = 8_382.000 = 1_690_127.000
        // Scope 2 market: 120_000 kWh all green × 0 = 0; district heat 400 GJ × 40.45 = 16_180.000
        // Scope 2 location: 120_000 × 0.328 = 39_360.000 + district heat 16_180.000 = 55_540.000
        // Scope 3: EV km 40_000 × 0.109 = 4_360.000; commuting 250_000 × 0.193 = 48_250.000;
        //          water 500 × 0.3 = 150.000; residual 18_000 × 0.5 = 9_000.000     = 61_760.000
        assertTotals(footprint, "1690127.000", "16180.000", "55540.000", "61760.000");
        // 1_690_127 + 16_180 + 61_760 = 1_768_067.000; location-based 1_807_427.000
        assertThat(footprint.totalMarketBasedKg()).isEqualByComparingTo("1768067.000");
        assertThat(footprint.totalLocationBasedKg()).isEqualByComparingTo("1807427.000");
        // 100 % green: no grey item at all, only the green and the location-based one.
        assertThat(footprint.items()).filteredOn(item -> item.theme() == Theme.ELECTRICITY)
                .extracting(item -> item.factor().key())
                .containsExactly("electricity_wind", "electricity_location_based");
    }

    @Test
    void careInstitutionMatchesHandComputation() {
        Footprint footprint = calculator.calculate(ReferenceOrganisations.careInstitution(), SET_2026);

        // Scope 1: natural gas 95_000 × 2.134 = 202_730.000 (preliminary); own solar 70_000 kWh × 0 = 0
        // Scope 2 market: green 540_000 × 80 % = 432_000 × 0 = 0; grey 108_000 × 0.483 = 52_164.000
        // Scope 2 location: 540_000 × 0.328 = 177_120.000
        // Scope 3: petrol car km 30_000 × 0.204 = 6_120.000; private km 45_000 × 0.193 = 8_685.000;
        //          commuting 900_000 × 0.193 = 173_700.000; water 9_000 × 0.3 = 2_700.000;
        //          residual 60_000 × 0.5 = 30_000.000; hospital waste 3_000 × 1.2 = 3_600.000 = 224_805.000
        assertTotals(footprint, "202730.000", "52164.000", "177120.000", "224805.000");
        // 202_730 + 52_164 + 224_805 = 479_699.000
        assertThat(footprint.totalMarketBasedKg()).isEqualByComparingTo("479699.000");
        assertThat(footprint.preliminary()).isTrue();
    }

    @Test
    void everyReferenceResultRecordsTheSetAndEveryFactorUsed() {
        Footprint footprint = calculator.calculate(ReferenceOrganisations.office(), SET_2026);

        assertThat(footprint.factorSetYear()).isEqualTo(2026);
        assertThat(footprint.factorsUsed()).extracting(AppliedFactor::key).containsExactlyInAnyOrder(
                "electricity_wind", "electricity_grey", "electricity_location_based", "electricity_solar",
                "natural_gas", "petrol_e10", "car_fuel_unknown", "businessTransport.publicTransportFactor",
                "flight_700_2500km", "water.factor", "waste[0].factor", "waste[1].factor");
        // Every item's factor is among the recorded ones, so the result can be recomputed from it alone.
        assertThat(footprint.items()).allSatisfy(item -> assertThat(footprint.factorsUsed()).contains(item.factor()));
        BigDecimal recomputed = footprint.items().stream()
                .filter(item -> item.scopeLine().countsInMarketBased())
                .map(item -> item.quantity().multiply(item.factor().valueKgCo2e()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(recomputed).isEqualByComparingTo(footprint.totalMarketBasedKg());
    }

    private static void assertTotals(Footprint footprint, String scope1, String scope2Market, String scope2Location,
                                     String scope3) {
        assertThat(footprint.scope1Kg()).as("scope 1").isEqualByComparingTo(scope1);
        assertThat(footprint.scope2MarketBasedKg()).as("scope 2 market-based").isEqualByComparingTo(scope2Market);
        assertThat(footprint.scope2LocationBasedKg()).as("scope 2 location-based")
                .isEqualByComparingTo(scope2Location);
        assertThat(footprint.scope3Kg()).as("scope 3").isEqualByComparingTo(scope3);
    }
}
