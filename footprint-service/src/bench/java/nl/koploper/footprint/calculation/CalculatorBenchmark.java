package nl.koploper.footprint.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.koploper.footprint.factors.EmissionFactorCatalog;
import nl.koploper.footprint.factors.EmissionFactorSet;
import nl.koploper.footprint.reduction.Measure;
import nl.koploper.footprint.reduction.MeasureRequest;
import nl.koploper.footprint.reduction.ReductionEstimator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The calculation core on one realistic organisation-year (40 items: monthly electricity with solar, four fuels and
 * heat sources, a fleet by litres and by km, flights, commuting, water, eight waste streams, seven other scope-3
 * items, one override) against a baseline in the same run: the same calculator on a trivial organisation-year (one
 * gas item), which measures the fixed cost of a call (validation set-up, result assembly). Also the reduction
 * estimate of all 13 measures (14 further calculations and the combination).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CalculatorBenchmark {

    private final FootprintCalculator calculator = new FootprintCalculator();
    private final ReductionEstimator estimator = new ReductionEstimator(calculator);
    private EmissionFactorSet set;
    private OrganisationYear realistic;
    private OrganisationYear trivial;
    private List<FactorOverride> overrides;
    private List<MeasureRequest> allMeasures;

    @Setup
    public void setUp() {
        set = EmissionFactorCatalog.bundled().setFor(2026);
        realistic = realistic();
        trivial = new OrganisationYear(2026, null, null, FuelsAndHeat.naturalGas(Quantity.of(3_000)), null, null,
                null, null, null);
        overrides = List.of(new FactorOverride("electricity_grey", 2025, new BigDecimal("0.41"), "supplier 2025"));
        allMeasures = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            allMeasures.add(MeasureRequest.of(measure));
        }
        int items = calculator.calculate(realistic, set, overrides).items().size();
        if (items != 40) {
            throw new IllegalStateException("The realistic organisation-year should have 40 items, not " + items);
        }
    }

    @Benchmark
    public Footprint realisticOrganisationYear() {
        return calculator.calculate(realistic, set, overrides);
    }

    @Benchmark
    public Footprint trivialOrganisationYear() {
        return calculator.calculate(trivial, set, List.of());
    }

    @Benchmark
    public Object reductionEstimateOfAllMeasures() {
        return estimator.estimate(realistic, set, overrides, allMeasures);
    }

    public static OrganisationYear realistic() {
        List<BigDecimal> months = new ArrayList<>();
        for (int month = 0; month < 12; month++) {
            months.add(BigDecimal.valueOf(9_000 + 350L * month));
        }
        UserFactor wasteFactor = UserFactor.of("0.45", "kg", "waste processor 2025");
        List<WasteStream> waste = new ArrayList<>();
        for (WasteKind kind : WasteKind.values()) {
            waste.add(new WasteStream(kind, kind == WasteKind.OTHER ? "pallets" : null, Quantity.of(1_000 + kind.ordinal()),
                    wasteFactor));
        }
        List<OtherScope3Item> other = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            other.add(new OtherScope3Item("purchase " + i, Scope3Category.PURCHASED_GOODS_AND_SERVICES,
                    Quantity.of(2_000 + i), UserFactor.of("1.25", "kg", "supplier EPD")));
        }
        return new OrganisationYear(2026, new CompanyData(new BigDecimal("42"), new BigDecimal("2600"),
                new BigDecimal("6400000"), new BigDecimal("18000"), "meals", "56.10"),
                new Electricity(Quantity.monthly(months), new BigDecimal("35"), Quantity.of(30_000),
                        Quantity.of(22_500)),
                new FuelsAndHeat(Quantity.of("12500.5"), Quantity.of(120), Quantity.of(800), Quantity.of(500),
                        UserFactor.of("3.2", "liter", "heating oil supplier")),
                new BusinessTransport(List.of(
                        new BusinessTransport.FuelUse(TransportFuel.DIESEL_B7, Quantity.of(14_000)),
                        new BusinessTransport.FuelUse(TransportFuel.PETROL_E10, Quantity.of(3_000)),
                        new BusinessTransport.FuelUse(TransportFuel.HVO100, Quantity.of(1_500)),
                        new BusinessTransport.FuelUse(TransportFuel.LPG, Quantity.of(700)),
                        new BusinessTransport.FuelUse(TransportFuel.CNG, Quantity.of(400))),
                        List.of(new BusinessTransport.VehicleDistance(VehicleType.CAR_DIESEL, Quantity.of(25_000)),
                                new BusinessTransport.VehicleDistance(VehicleType.CAR_PETROL, Quantity.of(18_000)),
                                new BusinessTransport.VehicleDistance(VehicleType.CAR_FUEL_UNKNOWN, Quantity.of(6_000)),
                                new BusinessTransport.VehicleDistance(VehicleType.CAR_ELECTRIC_GREY_POWER,
                                        Quantity.of(12_000))),
                        Quantity.of(9_000), Quantity.of(15_000), UserFactor.of("0.004", "km", "NS 2025"),
                        List.of(new BusinessTransport.Flight(FlightBand.UNDER_700_KM, Quantity.of(2_400)),
                                new BusinessTransport.Flight(FlightBand.FROM_700_TO_2500_KM, Quantity.of(6_000)),
                                new BusinessTransport.Flight(FlightBand.OVER_2500_KM, Quantity.of(14_000)))),
                new Commuting(Quantity.of(180_000), Quantity.of(40_000), UserFactor.of("0.004", "km", "NS 2025")),
                new Water(Quantity.of(900), UserFactor.of("0.298", "m3", "Vitens 2025")),
                waste, other);
    }
}
