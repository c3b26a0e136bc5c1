package nl.koploper.footprint.consumption;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
 * exact arithmetic and the explanation lines bounded ({@link Amount}; {@link #shapeProblems}).
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
        @Min(value = 1990, message = YEARS) @Max(value = 2100, message = YEARS)
        Integer year,
        @Schema(description = "The organisation's contact e-mail: a participant whose login has it may read and "
                + "enter the data; a participant can only store its own", example = "info@bakkerijdevries.nl")
        @Size(max = 254, message = CHARACTERS) @Pattern(regexp = EMAIL, message = "not an e-mail address")
        String contactEmail,
        @Valid CompanyDataInput company,
        @Valid ElectricityInput electricity,
        @Valid FuelsAndHeatInput fuelsAndHeat,
        @Valid BusinessTransportInput businessTransport,
        @Valid CommutingInput commuting,
        @Valid WaterInput water,
        @Size(max = 50, message = ENTRIES) List<@NotNull(message = NO_ENTRY) @Valid WasteStreamInput> waste,
        @Size(max = 100, message = ENTRIES)
        List<@NotNull(message = NO_ENTRY) @Valid OtherScope3ItemInput> otherScope3) {

    private static final String YEARS = "must be between 1990 and 2100";
    private static final String CHARACTERS = "at most {max} characters";
    private static final String ENTRIES = "at most {max} entries";
    private static final String NO_ENTRY = "an entry cannot be null";
    /** Lenient: something@domain.tld without spaces, as people type addresses; the mail server has the last word. */
    private static final String EMAIL = "[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+";

    /**
     * What is wrong with the body's shape (digits, lengths, entries: its Bean Validation constraints), with field paths
     * into it, ordered by path; empty when nothing is. The calculation checks the values themselves
     * ({@code FootprintCalculator#validate}).
     */
    public List<FieldProblem> shapeProblems(Validator validator) {
        return BodyViolations.problems(validator.validate(this));
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
            @Amount BigDecimal yearTotal,
            @Schema(description = "Twelve figures, January first; null for a month not known")
            List<@Amount BigDecimal> monthly,
            @Schema(description = "A provisional figure; a footprint using it is marked preliminary")
            Boolean preliminary) {


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
            @Amount BigDecimal valueKgCo2e,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The unit the field is entered in",
                    allowableValues = {"Nm3", "liter", "kg", "tonne", "kWh", "GJ", "km", "passenger-km", "m3",
                            "EUR"}, example = "m3")
            @Size(max = 20, message = CHARACTERS) String unit,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Waterbedrijf Groningen 2025")
            @Size(max = 200, message = CHARACTERS) String source) {


        static UserFactor toDomain(UserFactorInput input) {
            return input == null ? null : new UserFactor(input.valueKgCo2e, input.unit, input.source);
        }

        static UserFactorInput of(UserFactor factor) {
            return factor == null ? null : new UserFactorInput(factor.valueKgCo2e(), factor.unit(), factor.source());
        }
    }

    public record CompanyDataInput(
            @Schema(example = "12.5")
            @Amount BigDecimal fte,
            @Schema(example = "450")
            @Amount BigDecimal floorAreaM2,
            @Schema(example = "1250000")
            @Amount BigDecimal turnoverEur,
            @Schema(example = "180000")
            @Amount BigDecimal productionVolume,
            @Schema(description = "Required with a production volume", example = "broden")
            @Size(max = 40, message = CHARACTERS) String productionUnit,
            @Schema(description = "SBI 2008 code; its division or section is the benchmark's sector group",
                    example = "10.71")
            @Pattern(regexp = "[0-9]{2}(\\.?[0-9]{1,3})?", message = "an SBI code such as 56.10 or 5610")
            String sbiCode) {


        CompanyData toDomain() {
            return new CompanyData(fte, floorAreaM2, turnoverEur, productionVolume, productionUnit, sbiCode);
        }

        static CompanyDataInput of(CompanyData company) {
            return new CompanyDataInput(company.fte(), company.floorAreaM2(), company.turnoverEur(),
                    company.productionVolume(), company.productionUnit(), company.sbiCode());
        }
    }

    public record ElectricityInput(
            @Valid QuantityInput boughtKwh,
            @Schema(description = "0 to 100", example = "50")
            @Amount BigDecimal greenSharePercent,
            @Valid QuantityInput ownGenerationKwh,
            @Valid QuantityInput ownGenerationSelfUsedKwh) {


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
            @Valid QuantityInput naturalGasNm3,
            @Valid QuantityInput districtHeatGj,
            @Valid QuantityInput propaneLitres,
            @Valid QuantityInput heatingOilLitres,
            @Valid UserFactorInput heatingOilFactor) {


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
            @Size(max = 20, message = ENTRIES) List<@NotNull(message = NO_ENTRY) @Valid FuelUseInput> fuels,
            @Size(max = 20, message = ENTRIES)
            List<@NotNull(message = NO_ENTRY) @Valid VehicleDistanceInput> vehicleKm,
            @Valid QuantityInput declaredPrivateKm,
            @Valid QuantityInput publicTransportKm,
            @Valid UserFactorInput publicTransportFactor,
            @Size(max = 10, message = ENTRIES) List<@NotNull(message = NO_ENTRY) @Valid FlightInput> flights) {


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
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Valid QuantityInput quantity) {
        BusinessTransport.FuelUse toDomain() {
            return new BusinessTransport.FuelUse(fuel, QuantityInput.toDomain(quantity));
        }

        static FuelUseInput of(BusinessTransport.FuelUse use) {
            return new FuelUseInput(use.fuel(), QuantityInput.of(use.quantity()));
        }
    }

    public record VehicleDistanceInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) VehicleType type,
                                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Valid QuantityInput km) {
        BusinessTransport.VehicleDistance toDomain() {
            return new BusinessTransport.VehicleDistance(type, QuantityInput.toDomain(km));
        }

        static VehicleDistanceInput of(BusinessTransport.VehicleDistance distance) {
            return new VehicleDistanceInput(distance.type(), QuantityInput.of(distance.km()));
        }
    }

    public record FlightInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) FlightBand band,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Valid QuantityInput passengerKm) {
        BusinessTransport.Flight toDomain() {
            return new BusinessTransport.Flight(band, QuantityInput.toDomain(passengerKm));
        }

        static FlightInput of(BusinessTransport.Flight flight) {
            return new FlightInput(flight.band(), QuantityInput.of(flight.passengerKm()));
        }
    }

    public record CommutingInput(
            @Valid QuantityInput carKm,
            @Valid QuantityInput publicTransportKm,
            @Valid UserFactorInput publicTransportFactor) {


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

    public record WaterInput(@Valid QuantityInput m3, @Valid UserFactorInput factor) {

        Water toDomain() {
            return new Water(QuantityInput.toDomain(m3), UserFactorInput.toDomain(factor));
        }

        static WaterInput of(Water water) {
            return water == null ? null
                    : new WaterInput(QuantityInput.of(water.m3()), UserFactorInput.of(water.factor()));
        }
    }

    public record WasteStreamInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) WasteKind kind,
                                   @Schema(description = "Required for kind OTHER")
                                   @Size(max = 80, message = CHARACTERS) String name,
                                   @Valid QuantityInput kg,
                                   @Valid UserFactorInput factor) {

        WasteStream toDomain() {
            return new WasteStream(kind, name, QuantityInput.toDomain(kg), UserFactorInput.toDomain(factor));
        }

        static WasteStreamInput of(WasteStream stream) {
            return new WasteStreamInput(stream.kind(), stream.name(), QuantityInput.of(stream.kg()),
                    UserFactorInput.of(stream.factor()));
        }
    }

    public record OtherScope3ItemInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                       @Size(max = 200, message = CHARACTERS) String description,
                                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Scope3Category category,
                                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                               description = "In the unit of the item's factor")
                                       @Valid QuantityInput quantity,
                                       @Valid UserFactorInput factor) {

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
