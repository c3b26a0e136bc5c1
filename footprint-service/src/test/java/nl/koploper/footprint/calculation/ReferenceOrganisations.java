package nl.koploper.footprint.calculation;

import static nl.koploper.footprint.calculation.OrganisationYearBuilder.d;
import static nl.koploper.footprint.calculation.OrganisationYearBuilder.organisationYear;
import static nl.koploper.footprint.calculation.OrganisationYearBuilder.q;
import static nl.koploper.footprint.calculation.OrganisationYearBuilder.residualWaste;
import static nl.koploper.footprint.calculation.OrganisationYearBuilder.waste;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Five reference organisations with realistic Dutch consumption for 2026. Their expected footprints are
 * computed by hand in {@link ReferenceOrganisationsTest} from the values in emission-factors-nl.csv.
 * User factors (water, waste, public transport, steel) are invented test values, not sourced figures.
 */
public final class ReferenceOrganisations {

    private ReferenceOrganisations() {
    }

    /** Kantoor: 25 FTE, 800 m², half green power, solar panels, gas heating, some travel. */
    public static OrganisationYear office() {
        return organisationYear()
                .company("25", "800")
                .electricity(new Electricity(q(60_000), d("50"), q(12_000), q(8_000)))
                .naturalGas(9_500)
                .businessTransport(new BusinessTransport(
                        List.of(new BusinessTransport.FuelUse(TransportFuel.PETROL_E10, q(2_400))),
                        List.of(), q(15_000), q(20_000), UserFactor.of("0.035", "km", "test: rail operator"),
                        List.of(new BusinessTransport.Flight(FlightBand.FROM_700_TO_2500_KM, q(12_000)))))
                .commutingByCar(180_000)
                .water(350)
                .waste(residualWaste(4_000), waste(WasteKind.PAPER, "papier en karton", 1_500, "0.1"))
                .build();
    }

    /** Restaurant: 8 FTE, 250 m², grey power, gas entered per month (winter-heavy), propane for the grill. */
    public static OrganisationYear restaurant() {
        return organisationYear()
                .company(new CompanyData(d("8"), d("250"), d("900000"), d("30000"), "maaltijden"))
                .electricity(45_000, "0")
                .fuelsAndHeat(new FuelsAndHeat(Quantity.monthly(months(2_000, 1_900, 1_600, 1_100, 800, 600, 500,
                        500, 700, 1_100, 1_400, 1_800)), null, q(600), null, null))
                .businessTransport(new BusinessTransport(
                        List.of(new BusinessTransport.FuelUse(TransportFuel.DIESEL_B7, q(1_200))),
                        List.of(), null, null, null, List.of()))
                .commutingByCar(20_000)
                .water(900)
                .waste(residualWaste(12_000), waste(WasteKind.ORGANIC, "swill en GFT", 8_000, "0.2"))
                .build();
    }

    /** Metaalbewerking: 40 FTE, 3,000 m² workshop, 30 % green power, forklifts on propane, purchased steel. */
    public static OrganisationYear metalworking() {
        return organisationYear()
                .company("40", "3000")
                .electricity(850_000, "30")
                .fuelsAndHeat(new FuelsAndHeat(q(60_000), null, q(2_000), null, null))
                .businessTransport(new BusinessTransport(
                        List.of(new BusinessTransport.FuelUse(TransportFuel.DIESEL_B7, q(18_000))),
                        List.of(), null, null, null, List.of()))
                .commutingByCar(300_000)
                .water(1_200)
                .waste(residualWaste(25_000), waste(WasteKind.METAL, "metaalschroot", 40_000, "0.02"))
                .other(new OtherScope3Item("ingekocht staal", Scope3Category.PURCHASED_GOODS_AND_SERVICES, q(150),
                        UserFactor.of("2100", "tonne", "test: supplier EPD")))
                .build();
    }

    /** Transportbedrijf: 60 FTE, 1,500 m², all green power, district heat, a diesel/HVO/CNG fleet, EVs by km. */
    public static OrganisationYear transportCompany() {
        return organisationYear()
                .company("60", "1500")
                .electricity(120_000, "100")
                .fuelsAndHeat(new FuelsAndHeat(null, q(400), null, null, null))
                .businessTransport(new BusinessTransport(
                        List.of(new BusinessTransport.FuelUse(TransportFuel.DIESEL_B7, q(450_000)),
                                new BusinessTransport.FuelUse(TransportFuel.HVO30, q(80_000)),
                                new BusinessTransport.FuelUse(TransportFuel.CNG, q(5_000)),
                                new BusinessTransport.FuelUse(TransportFuel.PETROL_E10, q(3_000))),
                        List.of(new BusinessTransport.VehicleDistance(VehicleType.CAR_ELECTRIC_GREY_POWER, q(40_000))),
                        null, null, null, List.of()))
                .commutingByCar(250_000)
                .water(500)
                .waste(residualWaste(18_000))
                .build();
    }

    /** Zorginstelling: 120 FTE, 6,000 m², 80 % green power and solar, gas figure still preliminary. */
    public static OrganisationYear careInstitution() {
        return organisationYear()
                .company("120", "6000")
                .electricity(new Electricity(q(540_000), d("80"), q(90_000), q(70_000)))
                .fuelsAndHeat(FuelsAndHeat.naturalGas(q(95_000).asPreliminary()))
                .businessTransport(new BusinessTransport(List.of(),
                        List.of(new BusinessTransport.VehicleDistance(VehicleType.CAR_PETROL, q(30_000))),
                        q(45_000), null, null, List.of()))
                .commutingByCar(900_000)
                .water(9_000)
                .waste(residualWaste(60_000), waste(WasteKind.HAZARDOUS, "specifiek ziekenhuisafval", 3_000, "1.2"))
                .build();
    }

    private static List<BigDecimal> months(long... values) {
        return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }
}
