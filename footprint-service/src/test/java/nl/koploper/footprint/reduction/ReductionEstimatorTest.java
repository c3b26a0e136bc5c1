package nl.koploper.footprint.reduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import nl.koploper.footprint.calculation.BusinessTransport;
import nl.koploper.footprint.calculation.Commuting;
import nl.koploper.footprint.calculation.CompanyData;
import nl.koploper.footprint.calculation.Electricity;
import nl.koploper.footprint.calculation.FlightBand;
import nl.koploper.footprint.calculation.FuelsAndHeat;
import nl.koploper.footprint.calculation.FootprintCalculator;
import nl.koploper.footprint.calculation.OrganisationYear;
import nl.koploper.footprint.calculation.Quantity;
import nl.koploper.footprint.calculation.TransportFuel;
import nl.koploper.footprint.calculation.UserFactor;
import nl.koploper.footprint.calculation.VehicleType;
import nl.koploper.footprint.calculation.WasteKind;
import nl.koploper.footprint.calculation.WasteStream;
import nl.koploper.footprint.calculation.Water;
import nl.koploper.footprint.factors.EmissionFactorCatalog;
import nl.koploper.footprint.factors.EmissionFactorSet;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Every measure on one organisation, each expectation computed by hand from the 2026 set (grey power 0.483,
 * location-based 0.328, natural gas 2.134, diesel B7 3.251, petrol car 0.204/km, car of unknown fuel 0.193/km,
 * flights under 700 km 0.234/pkm) and the test's own water (0.3) and residual waste (0.5) factors.
 *
 * <p>The organisation: 20,000 kWh bought at 50 % green; 3,000 Nm3 gas; 1,000 l diesel B7; 10,000 km in a petrol
 * car; 4,000 declared private km; 1,200 pkm flown under 700 km; 50,000 commuting car km; 150 m3 water; 2,000 kg
 * residual waste.
 */
class ReductionEstimatorTest {

    static final EmissionFactorSet SET = EmissionFactorCatalog.bundled().setFor(2026);
    final ReductionEstimator estimator = new ReductionEstimator(new FootprintCalculator());

    static OrganisationYear organisation() {
        return new OrganisationYear(2026, new CompanyData(d("10"), d("400"), null, null, null),
                Electricity.bought(Quantity.of(20_000), d("50")),
                FuelsAndHeat.naturalGas(Quantity.of(3_000)),
                new BusinessTransport(
                        List.of(new BusinessTransport.FuelUse(TransportFuel.DIESEL_B7, Quantity.of(1_000))),
                        List.of(new BusinessTransport.VehicleDistance(VehicleType.CAR_PETROL, Quantity.of(10_000))),
                        Quantity.of(4_000), null, null,
                        List.of(new BusinessTransport.Flight(FlightBand.UNDER_700_KM, Quantity.of(1_200)))),
                Commuting.byCar(Quantity.of(50_000)),
                new Water(Quantity.of(150), UserFactor.of("0.3", "m3", "test: water company")),
                List.of(new WasteStream(WasteKind.RESIDUAL, null, Quantity.of(2_000),
                        UserFactor.of("0.5", "kg", "test: waste processor"))),
                null);
    }

    /** Only company data: no measure has anything to act on. */
    static OrganisationYear nothingEntered() {
        return new OrganisationYear(2026, new CompanyData(d("10"), d("400"), null, null, null), null, null, null,
                null, null, null, null);
    }

    Reduction alone(Measure measure, String parameter) {
        return alone(organisation(), measure, parameter);
    }

    Reduction alone(OrganisationYear input, Measure measure, String parameter) {
        ReductionEstimate estimate = estimator.estimate(input, SET, List.of(),
                List.of(new MeasureRequest(measure, parameter == null ? null : d(parameter))));
        assertThat(estimate.measures()).hasSize(1);
        return estimate.measures().get(0);
    }

    @Test
    void greenElectricityMakesTheGreyHalfGreen() {
        Reduction r = alone(Measure.GREEN_ELECTRICITY, null);
        assertThat(r.parameter()).isEqualByComparingTo("100");
        assertThat(r.defaultParameter()).isTrue();
        // 10,000 grey kWh × 0.483; location-based counts the grid average whatever is bought
        assertSaving(r, "0", "4830", "0", "0", "4830", "0");
        assertThat(r.assumptions()).anySatisfy(a -> assertThat(a).contains("from 50 % to 100 %"));
    }

    @Test
    void greenElectricityToAGivenShare() {
        // 20,000 × (80 - 50) % = 6,000 kWh × 0.483
        assertSaving(alone(Measure.GREEN_ELECTRICITY, "80"), "0", "2898", "0", "0", "2898", "0");
    }

    @Test
    void greenElectricityBelowTheCurrentShareHasNothingToDo() {
        Reduction r = alone(Measure.GREEN_ELECTRICITY, "40");
        assertThat(r.applicable()).isFalse();
        assertSaving(r, "0", "0", "0", "0", "0", "0");
        assertThat(r.assumptions()).singleElement().asString().contains("already 50 %");
    }

    @Test
    void electricitySavingOfTenPercent() {
        // 2,000 kWh less: 1,000 grey × 0.483 market; 2,000 × 0.328 location
        assertSaving(alone(Measure.ELECTRICITY_SAVING, null), "0", "483", "656", "0", "483", "656");
    }

    @Test
    void solarPanelsDefaultToTwentyPercentOfBoughtPower() {
        Reduction r = alone(Measure.SOLAR_PANELS, null);
        assertThat(r.parameter()).isEqualByComparingTo("4000");
        // 4,000 kWh less bought at 50 % green: 2,000 × 0.483; 4,000 × 0.328; own solar is 0 kg scope 1
        assertSaving(r, "0", "966", "1312", "0", "966", "1312");
    }

    @Test
    void solarPanelsBeyondTheBoughtPowerReplaceOnlyWhatIsBought() {
        Reduction r = alone(Measure.SOLAR_PANELS, "30000");
        assertSaving(r, "0", "4830", "6560", "0", "4830", "6560");
        assertThat(r.assumptions()).anySatisfy(a -> assertThat(a).contains("10000 kWh would be fed back"));
    }

    @Test
    void heatPumpTradesGasForPowerAtTheOrganisationsGreenShare() {
        Reduction r = alone(Measure.HEAT_PUMP, null);
        // 3,000 Nm3 × 31.65 MJ ÷ 3.6 ÷ 3.5 = 7,535.714 kWh (to whole Wh); half of it grey: 3,767.857 × 0.483
        // = 1,819.874931 more in scope 2 market; 7,535.714 × 0.328 = 2,471.714192 more location-based;
        // 3,000 × 2.134 = 6,402 less in scope 1
        assertSaving(r, "6402", "-1819.874931", "-2471.714192", "0", "4582.125069", "3930.285808");
        assertThat(r.assumptions()).anySatisfy(a -> assertThat(a).contains("= 7535.714 kWh electricity"));
    }

    @Test
    void insulationTakesTwentyPercentOfTheGas() {
        // 600 Nm3 × 2.134
        assertSaving(alone(Measure.INSULATION, null), "1280.4", "0", "0", "0", "1280.4", "1280.4");
    }

    @Test
    void heatingControlTakesEightPercentOfTheGas() {
        // 240 Nm3 × 2.134
        assertSaving(alone(Measure.HEATING_CONTROL, null), "512.16", "0", "0", "0", "512.16", "512.16");
    }

    @Test
    void electricFleetChargesOnTheOrganisationsPower() {
        // diesel 1,000 l × 3.251 = 3,251 (scope 1) and petrol car 10,000 km × 0.204 = 2,040 (scope 3) gone;
        // 1,000 l × 15 km/l + 10,000 km = 25,000 km × 0.2 kWh = 5,000 kWh more, half grey: 2,500 × 0.483 = 1,207.5;
        // location 5,000 × 0.328 = 1,640
        assertSaving(alone(Measure.ELECTRIC_FLEET, null), "3251", "-1207.5", "-1640", "2040", "4083.5", "3651");
    }

    @Test
    void fuelEfficientDrivingTakesSevenPercentOfFleetFuelAndCarKm() {
        // 70 l × 3.251 = 227.57; 700 km × 0.204 = 142.8
        assertSaving(alone(Measure.FUEL_EFFICIENT_DRIVING, null), "227.57", "0", "0", "142.8", "370.37", "370.37");
    }

    @Test
    void aQuarterOfBusinessCarTravelMovesToTheTrain() {
        // 250 l diesel × 3.251 = 812.75; 2,500 petrol km × 0.204 = 510; 1,000 private km × 0.193 = 193;
        // the train at 0 kg/km (no public transport factor entered)
        Reduction r = alone(Measure.BUSINESS_TRAVEL_TO_PUBLIC_TRANSPORT, null);
        assertSaving(r, "812.75", "0", "0", "703", "1515.75", "1515.75");
        assertThat(r.assumptions()).anySatisfy(a -> assertThat(a).contains("0 kg CO2e/km"));
    }

    @Test
    void theTrainCountsAtTheOrganisationsOwnPublicTransportFactor() {
        OrganisationYear in = organisation();
        BusinessTransport t = in.businessTransport();
        OrganisationYear withFactor = new OrganisationYear(in.year(), in.company(), in.electricity(),
                in.fuelsAndHeat(), new BusinessTransport(t.fuels(), t.vehicleKm(), t.declaredPrivateKm(), null,
                UserFactor.of("0.01", "km", "test: rail operator"), t.flights()), in.commuting(), in.water(),
                in.waste(), in.otherScope3());
        // 1,200 pkm × 0.234 = 280.8 less; 1,200 train km × 0.01 = 12 more
        assertSaving(alone(withFactor, Measure.FLIGHTS_TO_TRAIN, null), "0", "0", "0", "268.8", "268.8", "268.8");
    }

    @Test
    void shortFlightsToTrain() {
        assertSaving(alone(Measure.FLIGHTS_TO_TRAIN, null), "0", "0", "0", "280.8", "280.8", "280.8");
    }

    @Test
    void aFifthOfCommutingByBike() {
        // 10,000 km × 0.193
        assertSaving(alone(Measure.COMMUTING_BY_BIKE, null), "0", "0", "0", "1930", "1930", "1930");
    }

    @Test
    void lessResidualWaste() {
        // 400 kg × 0.5
        assertSaving(alone(Measure.WASTE_REDUCTION, null), "0", "0", "0", "200", "200", "200");
    }

    @Test
    void lessWater() {
        // 30 m3 × 0.3
        assertSaving(alone(Measure.WATER_SAVING, "20"), "0", "0", "0", "9", "9", "9");
    }

    @Test
    void everyMeasureWithNothingToActOnSavesZeroWithANote() {
        for (Measure measure : Measure.values()) {
            Reduction r = alone(nothingEntered(), measure, null);
            assertThat(r.applicable()).as(measure.name()).isFalse();
            assertSaving(r, "0", "0", "0", "0", "0", "0");
            assertThat(r.assumptions()).as(measure.name()).singleElement().asString()
                    .contains("nothing to act on");
        }
    }

    @Test
    void waterWithoutAFactorShowsNoSavingAndSaysWhy() {
        OrganisationYear in = organisation();
        OrganisationYear noFactor = new OrganisationYear(in.year(), in.company(), in.electricity(), in.fuelsAndHeat(),
                in.businessTransport(), in.commuting(), new Water(Quantity.of(150), null), in.waste(),
                in.otherScope3());
        Reduction r = alone(noFactor, Measure.WATER_SAVING, null);
        assertThat(r.applicable()).isTrue();
        assertThat(r.saving().totalMarketBasedKg()).isEqualByComparingTo("0");
        assertThat(r.assumptions()).anySatisfy(a -> assertThat(a).contains("no factor"));
    }

    @Test
    void savingThenGreenPowerTogetherIsNotTheSumOfBoth() {
        ReductionEstimate estimate = estimator.estimate(organisation(), SET, List.of(), List.of(
                MeasureRequest.of(Measure.GREEN_ELECTRICITY), MeasureRequest.of(Measure.ELECTRICITY_SAVING)));
        assertThat(estimate.measures()).extracting(r -> r.saving().totalMarketBasedKg())
                .usingElementComparator(BigDecimal::compareTo).containsExactly(d("4830"), d("483"));
        // saving first (18,000 kWh), then all of it green: the whole grey 4,830 goes, not 4,830 + 483
        assertThat(estimate.combined().order())
                .containsExactly(Measure.ELECTRICITY_SAVING, Measure.GREEN_ELECTRICITY);
        assertThat(estimate.combined().saving().totalMarketBasedKg()).isEqualByComparingTo("4830");
        assertThat(estimate.combined().saving().scope2LocationBasedKg()).isEqualByComparingTo("656");
    }

    @Test
    void insulationComesBeforeTheHeatPumpWhateverTheRequestOrder() {
        ReductionEstimate estimate = estimator.estimate(organisation(), SET, List.of(), List.of(
                MeasureRequest.of(Measure.HEAT_PUMP), MeasureRequest.of(Measure.INSULATION)));
        assertThat(estimate.combined().order()).containsExactly(Measure.INSULATION, Measure.HEAT_PUMP);
        // 2,400 Nm3 left × 31.65 ÷ 3.6 ÷ 3.5 = 6,028.571 kWh, half grey: 3,014.2855 × 0.483 = 1,455.8998965;
        // all 3,000 Nm3 gas gone: 6,402 − 1,455.8998965
        assertThat(estimate.combined().saving().totalMarketBasedKg()).isEqualByComparingTo("4946.1001035");
        assertThat(estimate.combined().assumptions()).first().asString().startsWith("INSULATION: ");
    }

    @Test
    void theBeforeFootprintIsTheDataAsItIs() {
        ReductionEstimate estimate = estimator.estimate(organisation(), SET, List.of(),
                List.of(MeasureRequest.of(Measure.INSULATION)));
        // 4,830 + 6,402 + 3,251 + 2,040 + 772 + 280.8 + 9,650 + 45 + 1,000
        assertThat(estimate.before().totalMarketBasedKg()).isEqualByComparingTo("28270.8");
    }

    @Test
    void badRequestsAreRefusedWithTheirPaths() {
        List<MeasureRequest> requests = List.of(new MeasureRequest(Measure.INSULATION, d("101")),
                new MeasureRequest(Measure.INSULATION, null), new MeasureRequest(Measure.SOLAR_PANELS, d("-1")),
                new MeasureRequest(null, null));
        assertThat(ReductionEstimator.validate(requests)).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("[0].parameter", "out-of-range"),
                        org.assertj.core.groups.Tuple.tuple("[1].measure", "duplicate"),
                        org.assertj.core.groups.Tuple.tuple("[2].parameter", "out-of-range"),
                        org.assertj.core.groups.Tuple.tuple("[3].measure", "required"));
        assertThatThrownBy(() -> estimator.estimate(organisation(), SET, List.of(), requests))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ReductionEstimator.validate(List.of())).extracting(FieldProblem::field).containsExactly("measures");
    }

    static void assertSaving(Reduction r, String scope1, String scope2Market, String scope2Location, String scope3,
                             String totalMarket, String totalLocation) {
        Saving s = r.saving();
        assertThat(s.scope1Kg()).as("scope 1 of " + r.measure()).isEqualByComparingTo(scope1);
        assertThat(s.scope2MarketBasedKg()).as("scope 2 market of " + r.measure()).isEqualByComparingTo(scope2Market);
        assertThat(s.scope2LocationBasedKg()).as("scope 2 location of " + r.measure())
                .isEqualByComparingTo(scope2Location);
        assertThat(s.scope3Kg()).as("scope 3 of " + r.measure()).isEqualByComparingTo(scope3);
        assertThat(s.totalMarketBasedKg()).as("total market of " + r.measure()).isEqualByComparingTo(totalMarket);
        assertThat(s.totalLocationBasedKg()).as("total location of " + r.measure())
                .isEqualByComparingTo(totalLocation);
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
