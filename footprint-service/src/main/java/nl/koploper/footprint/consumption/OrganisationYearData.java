package nl.koploper.footprint.consumption;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import nl.koploper.footprint.calculation.BusinessTransport;
import nl.koploper.footprint.calculation.Commuting;
import nl.koploper.footprint.calculation.CompanyData;
import nl.koploper.footprint.calculation.Electricity;
import nl.koploper.footprint.calculation.FlightBand;
import nl.koploper.footprint.calculation.FuelsAndHeat;
import nl.koploper.footprint.calculation.OrganisationYear;
import nl.koploper.footprint.calculation.OtherScope3Item;
import nl.koploper.footprint.calculation.Quantity;
import nl.koploper.footprint.calculation.Scope3Category;
import nl.koploper.footprint.calculation.TransportFuel;
import nl.koploper.footprint.calculation.UserFactor;
import nl.koploper.footprint.calculation.VehicleType;
import nl.koploper.footprint.calculation.WasteKind;
import nl.koploper.footprint.calculation.WasteStream;
import nl.koploper.footprint.calculation.Water;
import nl.koploper.platform.web.FieldProblem;

/**
 * An organisation-year's company data and consumption on the wire, in and out: the body of the consumption PUT, of
 * its GET and of the "what if" estimate. Mirrors the calculation core's {@link OrganisationYear}, so the field paths
 * of its validation problems ({@code waste[2].kg}) are paths into this body. A left-out field is "not entered", 0 is
 * "none". Numbers take at most 12 digits before and 10 after the point: enough for any real quantity, and it keeps
 * exact arithmetic and the explanation lines bounded ({@link #shapeProblems()}).
 *
 * @param year         required by the estimate; on the PUT it may be left out, and must otherwise equal the path's
 * @param contactEmail the organisation's contact e-mail: a participant whose token carries this e-mail may read the
 *                     stored data and its footprints. Not used by the estimate.
 */
@Schema(example = """
        {"year": 2025, "contactEmail": "info@bakkerijdevries.nl",
         "company": {"fte": 12.5, "floorAreaM2": 450, "turnoverEur": 1250000, "productionVolume": 180000,
                     "productionUnit": "broden", "sbiCode": "10.71"},
         "electricity": {"boughtKwh": {"yearTotal": 62000}, "greenSharePercent": 50},
         "fuelsAndHeat": {"naturalGasNm3": {"yearTotal": 9500}},
         "businessTransport": {"fuels": [{"fuel": "DIESEL_B7", "quantity": {"yearTotal": 3200}}]},
         "commuting": {"carKm": {"yearTotal": 41000}},
         "water": {"m3": {"yearTotal": 310},
                   "factor": {"valueKgCo2e": 0.298, "unit": "m3", "source": "Waterbedrijf Groningen 2025"}},
         "waste": [{"kind": "RESIDUAL", "kg": {"yearTotal": 8200},
                    "factor": {"valueKgCo2e": 0.5, "unit": "kg", "source": "Jaaropgave afvalverwerker 2025"}}]}
        """)
public record OrganisationYearData(
        @Schema(description = "The year the data is of: required by the estimate; on the PUT it may be left out, "
                + "and must otherwise be the path's year", example = "2025")
        Integer year,
        @Schema(description = "The organisation's contact e-mail: a participant whose login has it may read and "
                + "enter the data; a participant can only store its own", example = "info@bakkerijdevries.nl")
        String contactEmail,
        CompanyDataInput company,
        ElectricityInput electricity,
        FuelsAndHeatInput fuelsAndHeat,
        BusinessTransportInput businessTransport,
        CommutingInput commuting,
        WaterInput water,
        List<WasteStreamInput> waste,
        List<OtherScope3ItemInput> otherScope3) {

    /**
     * What is wrong with the body's shape (digits, lengths, entries; {@link BodyLimits}), with field paths into it;
     * empty when nothing is. The calculation checks the values themselves ({@code FootprintCalculator#validate}).
     */
    public List<FieldProblem> shapeProblems() {
        BodyLimits limits = new BodyLimits();
        limits.range("year", year, 1990, 2100);
        limits.email("contactEmail", contactEmail);
        limits.part("company", company, CompanyDataInput::check);
        limits.part("electricity", electricity, ElectricityInput::check);
        limits.part("fuelsAndHeat", fuelsAndHeat, FuelsAndHeatInput::check);
        limits.part("businessTransport", businessTransport, BusinessTransportInput::check);
        limits.part("commuting", commuting, CommutingInput::check);
        limits.part("water", water, WaterInput::check);
        limits.entries("waste", waste, 50, WasteStreamInput::check);
        limits.entries("otherScope3", otherScope3, 100, OtherScope3ItemInput::check);
        return limits.problems();
    }

    /** The core's input for {@code year}; the core validates it further (negative, over 100 %, absurd, units). */
    public OrganisationYear toDomain(int year) {
        return new OrganisationYear(year, company == null ? null : company.toDomain(),
                electricity == null ? null : electricity.toDomain(),
                fuelsAndHeat == null ? null : fuelsAndHeat.toDomain(),
                businessTransport == null ? null : businessTransport.toDomain(),
                commuting == null ? null : commuting.toDomain(),
                water == null ? null : water.toDomain(),
                map(waste, WasteStreamInput::toDomain),
                map(otherScope3, OtherScope3ItemInput::toDomain));
    }

    /** The wire form of core input (also what the HTTP load benchmark posts). */
    public static OrganisationYearData of(OrganisationYear input, String contactEmail) {
        return new OrganisationYearData(input.year(), contactEmail, CompanyDataInput.of(input.company()),
                ElectricityInput.of(input.electricity()), FuelsAndHeatInput.of(input.fuelsAndHeat()),
                BusinessTransportInput.of(input.businessTransport()), CommutingInput.of(input.commuting()),
                WaterInput.of(input.water()), map(input.waste(), WasteStreamInput::of),
                input.otherScope3().isEmpty() ? null : map(input.otherScope3(), OtherScope3ItemInput::of));
    }

    private static <A, B> List<B> map(List<A> values, Function<A, B> mapping) {
        return values == null ? null : values.stream().map(mapping).toList();
    }

    /** A year total or twelve monthly figures (January first, null for a month not known). */
    @Schema(description = "Either a year total or twelve monthly figures, not both")
    public record QuantityInput(
            BigDecimal yearTotal,
            @Schema(description = "Twelve figures, January first; null for a month not known")
            List<BigDecimal> monthly,
            @Schema(description = "A provisional figure; a footprint using it is marked preliminary")
            Boolean preliminary) {

        void check(BodyLimits limits, String path) {
            limits.digits(path + ".yearTotal", yearTotal);
            limits.digits(path + ".monthly", monthly);
        }

        static Quantity toDomain(QuantityInput input) {
            return input == null ? null
                    : new Quantity(input.yearTotal, input.monthly, Boolean.TRUE.equals(input.preliminary));
        }

        static QuantityInput of(Quantity quantity) {
            return quantity == null ? null
                    : new QuantityInput(quantity.yearTotal(), quantity.months(), quantity.preliminary() ? true : null);
        }
    }

    /** A factor of the user's own, for what the official list lacks; unit as the factor list spells it. */
    public record UserFactorInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "kg CO2e per unit", example = "0.298")
            BigDecimal valueKgCo2e,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The unit the field is entered in",
                    allowableValues = {"Nm3", "liter", "kg", "tonne", "kWh", "GJ", "km", "passenger-km", "m3",
                            "EUR"}, example = "m3")
            String unit,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Waterbedrijf Groningen 2025")
            String source) {

        void check(BodyLimits limits, String path) {
            limits.digits(path + ".valueKgCo2e", valueKgCo2e);
            limits.length(path + ".unit", unit, 20);
            limits.length(path + ".source", source, 200);
        }

        static UserFactor toDomain(UserFactorInput input) {
            return input == null ? null : new UserFactor(input.valueKgCo2e, input.unit, input.source);
        }

        static UserFactorInput of(UserFactor factor) {
            return factor == null ? null : new UserFactorInput(factor.valueKgCo2e(), factor.unit(), factor.source());
        }
    }

    public record CompanyDataInput(
            @Schema(example = "12.5")
            BigDecimal fte,
            @Schema(example = "450")
            BigDecimal floorAreaM2,
            @Schema(example = "1250000")
            BigDecimal turnoverEur,
            @Schema(example = "180000")
            BigDecimal productionVolume,
            @Schema(description = "Required with a production volume", example = "broden")
            String productionUnit,
            @Schema(description = "SBI 2008 code; its division or section is the benchmark's sector group",
                    example = "10.71")
            String sbiCode) {

        void check(BodyLimits limits, String path) {
            limits.digits(path + ".fte", fte);
            limits.digits(path + ".floorAreaM2", floorAreaM2);
            limits.digits(path + ".turnoverEur", turnoverEur);
            limits.digits(path + ".productionVolume", productionVolume);
            limits.length(path + ".productionUnit", productionUnit, 40);
            limits.sbiCode(path + ".sbiCode", sbiCode);
        }

        CompanyData toDomain() {
            return new CompanyData(fte, floorAreaM2, turnoverEur, productionVolume, productionUnit, sbiCode);
        }

        static CompanyDataInput of(CompanyData company) {
            return new CompanyDataInput(company.fte(), company.floorAreaM2(), company.turnoverEur(),
                    company.productionVolume(), company.productionUnit(), company.sbiCode());
        }
    }

    public record ElectricityInput(
            QuantityInput boughtKwh,
            @Schema(description = "0 to 100", example = "50")
            BigDecimal greenSharePercent,
            QuantityInput ownGenerationKwh,
            QuantityInput ownGenerationSelfUsedKwh) {

        void check(BodyLimits limits, String path) {
            limits.part(path + ".boughtKwh", boughtKwh, QuantityInput::check);
            limits.digits(path + ".greenSharePercent", greenSharePercent);
            limits.part(path + ".ownGenerationKwh", ownGenerationKwh, QuantityInput::check);
            limits.part(path + ".ownGenerationSelfUsedKwh", ownGenerationSelfUsedKwh, QuantityInput::check);
        }

        Electricity toDomain() {
            return new Electricity(QuantityInput.toDomain(boughtKwh), greenSharePercent,
                    QuantityInput.toDomain(ownGenerationKwh), QuantityInput.toDomain(ownGenerationSelfUsedKwh));
        }

        static ElectricityInput of(Electricity electricity) {
            return electricity == null ? null : new ElectricityInput(QuantityInput.of(electricity.boughtKwh()),
                    electricity.greenSharePercent(), QuantityInput.of(electricity.ownGenerationKwh()),
                    QuantityInput.of(electricity.ownGenerationSelfUsedKwh()));
        }
    }

    public record FuelsAndHeatInput(
            QuantityInput naturalGasNm3,
            QuantityInput districtHeatGj,
            QuantityInput propaneLitres,
            QuantityInput heatingOilLitres,
            UserFactorInput heatingOilFactor) {

        void check(BodyLimits limits, String path) {
            limits.part(path + ".naturalGasNm3", naturalGasNm3, QuantityInput::check);
            limits.part(path + ".districtHeatGj", districtHeatGj, QuantityInput::check);
            limits.part(path + ".propaneLitres", propaneLitres, QuantityInput::check);
            limits.part(path + ".heatingOilLitres", heatingOilLitres, QuantityInput::check);
            limits.part(path + ".heatingOilFactor", heatingOilFactor, UserFactorInput::check);
        }

        FuelsAndHeat toDomain() {
            return new FuelsAndHeat(QuantityInput.toDomain(naturalGasNm3), QuantityInput.toDomain(districtHeatGj),
                    QuantityInput.toDomain(propaneLitres), QuantityInput.toDomain(heatingOilLitres),
                    UserFactorInput.toDomain(heatingOilFactor));
        }

        static FuelsAndHeatInput of(FuelsAndHeat fuels) {
            return fuels == null ? null : new FuelsAndHeatInput(QuantityInput.of(fuels.naturalGasNm3()),
                    QuantityInput.of(fuels.districtHeatGj()), QuantityInput.of(fuels.propaneLitres()),
                    QuantityInput.of(fuels.heatingOilLitres()), UserFactorInput.of(fuels.heatingOilFactor()));
        }
    }

    public record BusinessTransportInput(
            List<FuelUseInput> fuels,
            List<VehicleDistanceInput> vehicleKm,
            QuantityInput declaredPrivateKm,
            QuantityInput publicTransportKm,
            UserFactorInput publicTransportFactor,
            List<FlightInput> flights) {

        void check(BodyLimits limits, String path) {
            limits.entries(path + ".fuels", fuels, 20,
                    (use, checks, at) -> checks.part(at + ".quantity", use.quantity, QuantityInput::check));
            limits.entries(path + ".vehicleKm", vehicleKm, 20,
                    (distance, checks, at) -> checks.part(at + ".km", distance.km, QuantityInput::check));
            limits.part(path + ".declaredPrivateKm", declaredPrivateKm, QuantityInput::check);
            limits.part(path + ".publicTransportKm", publicTransportKm, QuantityInput::check);
            limits.part(path + ".publicTransportFactor", publicTransportFactor, UserFactorInput::check);
            limits.entries(path + ".flights", flights, 10,
                    (flight, checks, at) -> checks.part(at + ".passengerKm", flight.passengerKm, QuantityInput::check));
        }

        BusinessTransport toDomain() {
            return new BusinessTransport(map(fuels, FuelUseInput::toDomain),
                    map(vehicleKm, VehicleDistanceInput::toDomain),
                    QuantityInput.toDomain(declaredPrivateKm), QuantityInput.toDomain(publicTransportKm),
                    UserFactorInput.toDomain(publicTransportFactor), map(flights, FlightInput::toDomain));
        }

        static BusinessTransportInput of(BusinessTransport transport) {
            return transport == null ? null : new BusinessTransportInput(
                    transport.fuels().isEmpty() ? null : map(transport.fuels(), FuelUseInput::of),
                    transport.vehicleKm().isEmpty() ? null : map(transport.vehicleKm(), VehicleDistanceInput::of),
                    QuantityInput.of(transport.declaredPrivateKm()), QuantityInput.of(transport.publicTransportKm()),
                    UserFactorInput.of(transport.publicTransportFactor()),
                    transport.flights().isEmpty() ? null : map(transport.flights(), FlightInput::of));
        }
    }

    public record FuelUseInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) TransportFuel fuel,
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED) QuantityInput quantity) {
        BusinessTransport.FuelUse toDomain() {
            return new BusinessTransport.FuelUse(fuel, QuantityInput.toDomain(quantity));
        }

        static FuelUseInput of(BusinessTransport.FuelUse use) {
            return new FuelUseInput(use.fuel(), QuantityInput.of(use.quantity()));
        }
    }

    public record VehicleDistanceInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) VehicleType type,
                                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) QuantityInput km) {
        BusinessTransport.VehicleDistance toDomain() {
            return new BusinessTransport.VehicleDistance(type, QuantityInput.toDomain(km));
        }

        static VehicleDistanceInput of(BusinessTransport.VehicleDistance distance) {
            return new VehicleDistanceInput(distance.type(), QuantityInput.of(distance.km()));
        }
    }

    public record FlightInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) FlightBand band,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) QuantityInput passengerKm) {
        BusinessTransport.Flight toDomain() {
            return new BusinessTransport.Flight(band, QuantityInput.toDomain(passengerKm));
        }

        static FlightInput of(BusinessTransport.Flight flight) {
            return new FlightInput(flight.band(), QuantityInput.of(flight.passengerKm()));
        }
    }

    public record CommutingInput(
            QuantityInput carKm,
            QuantityInput publicTransportKm,
            UserFactorInput publicTransportFactor) {

        void check(BodyLimits limits, String path) {
            limits.part(path + ".carKm", carKm, QuantityInput::check);
            limits.part(path + ".publicTransportKm", publicTransportKm, QuantityInput::check);
            limits.part(path + ".publicTransportFactor", publicTransportFactor, UserFactorInput::check);
        }

        Commuting toDomain() {
            return new Commuting(QuantityInput.toDomain(carKm), QuantityInput.toDomain(publicTransportKm),
                    UserFactorInput.toDomain(publicTransportFactor));
        }

        static CommutingInput of(Commuting commuting) {
            return commuting == null ? null : new CommutingInput(QuantityInput.of(commuting.carKm()),
                    QuantityInput.of(commuting.publicTransportKm()),
                    UserFactorInput.of(commuting.publicTransportFactor()));
        }
    }

    public record WaterInput(QuantityInput m3, UserFactorInput factor) {
        void check(BodyLimits limits, String path) {
            limits.part(path + ".m3", m3, QuantityInput::check);
            limits.part(path + ".factor", factor, UserFactorInput::check);
        }

        Water toDomain() {
            return new Water(QuantityInput.toDomain(m3), UserFactorInput.toDomain(factor));
        }

        static WaterInput of(Water water) {
            return water == null ? null
                    : new WaterInput(QuantityInput.of(water.m3()), UserFactorInput.of(water.factor()));
        }
    }

    public record WasteStreamInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) WasteKind kind,
                                   @Schema(description = "Required for kind OTHER") String name,
                                   QuantityInput kg,
                                   UserFactorInput factor) {
        void check(BodyLimits limits, String path) {
            limits.length(path + ".name", name, 80);
            limits.part(path + ".kg", kg, QuantityInput::check);
            limits.part(path + ".factor", factor, UserFactorInput::check);
        }

        WasteStream toDomain() {
            return new WasteStream(kind, name, QuantityInput.toDomain(kg), UserFactorInput.toDomain(factor));
        }

        static WasteStreamInput of(WasteStream stream) {
            return new WasteStreamInput(stream.kind(), stream.name(), QuantityInput.of(stream.kg()),
                    UserFactorInput.of(stream.factor()));
        }
    }

    public record OtherScope3ItemInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String description,
                                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Scope3Category category,
                                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                               description = "In the unit of the item's factor")
                                       QuantityInput quantity,
                                       UserFactorInput factor) {
        void check(BodyLimits limits, String path) {
            limits.length(path + ".description", description, 200);
            limits.part(path + ".quantity", quantity, QuantityInput::check);
            limits.part(path + ".factor", factor, UserFactorInput::check);
        }

        OtherScope3Item toDomain() {
            return new OtherScope3Item(description, category, QuantityInput.toDomain(quantity),
                    UserFactorInput.toDomain(factor));
        }

        static OtherScope3ItemInput of(OtherScope3Item item) {
            return new OtherScope3ItemInput(item.description(), item.category(), QuantityInput.of(item.quantity()),
                    UserFactorInput.of(item.factor()));
        }
    }
}
