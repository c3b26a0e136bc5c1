package nl.koploper.footprint.reduction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.koploper.footprint.calculation.BusinessTransport;
import nl.koploper.footprint.calculation.Commuting;
import nl.koploper.footprint.calculation.Electricity;
import nl.koploper.footprint.calculation.FlightBand;
import nl.koploper.footprint.calculation.FuelsAndHeat;
import nl.koploper.footprint.calculation.OrganisationYear;
import nl.koploper.footprint.calculation.Quantity;
import nl.koploper.footprint.calculation.TransportFuel;
import nl.koploper.footprint.calculation.UserFactor;
import nl.koploper.footprint.calculation.WasteKind;
import nl.koploper.footprint.calculation.WasteStream;
import nl.koploper.footprint.calculation.Water;

/**
 * What a measure does to an organisation-year's consumption: a new {@link OrganisationYear} the calculator then
 * computes like any other, so a saving is always "footprint before minus footprint after" with the same factors.
 * Amounts change by exact multiplication; only the heat pump divides (by the SCOP), rounded to whole Wh.
 * A changed quantity becomes a year total (monthly figures are not kept) and keeps its preliminary mark.
 */
final class MeasureEffects {

    /** Lower heating value of Dutch natural gas (Groningen quality), MJ per Nm3. */
    static final BigDecimal GAS_MJ_PER_NM3 = new BigDecimal("31.65");
    static final BigDecimal MJ_PER_KWH = new BigDecimal("3.6");
    /** Seasonal coefficient of performance of the heat pump (measures.md). */
    static final BigDecimal HEAT_PUMP_SCOP = new BigDecimal("3.5");
    /** Kilometres per litre of a petrol or diesel car, when only litres are known (measures.md). */
    static final BigDecimal CAR_KM_PER_LITRE = new BigDecimal("15");
    /** Electricity of a medium battery-electric car, charging losses included, kWh per km (our assumption). */
    static final BigDecimal ELECTRIC_CAR_KWH_PER_KM = new BigDecimal("0.2");
    /** SOLAR_PANELS' default: this share of the bought kWh. */
    static final BigDecimal SOLAR_DEFAULT_PERCENT = new BigDecimal("20");
    /**
     * The list has no train factor. Dutch trains run on wind power under NS's contract, so without a public
     * transport factor of the organisation's own the train counts as 0 kg/km; an organisation that entered one
     * gets its own.
     */
    static final UserFactor ASSUMED_TRAIN_FACTOR = new UserFactor(BigDecimal.ZERO, "km",
            "assumption of the reduction estimate: train on Dutch wind power, 0 kg CO2e/km");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Set<TransportFuel> CAR_FUELS = EnumSet.of(TransportFuel.PETROL_E10, TransportFuel.PETROL_E0,
            TransportFuel.DIESEL_B7, TransportFuel.DIESEL_B0);

    private MeasureEffects() {
    }

    /**
     * @param applicable false when there was nothing to act on ({@code after} is then the input unchanged)
     */
    record Applied(OrganisationYear after, BigDecimal parameter, boolean applicable, List<String> assumptions) {
    }

    /** @param parameter null for the measure's default */
    static Applied apply(Measure measure, OrganisationYear in, BigDecimal parameter) {
        BigDecimal p = parameter != null ? parameter : measure.defaultParameter();
        return switch (measure) {
            case GREEN_ELECTRICITY -> greenElectricity(in, p);
            case ELECTRICITY_SAVING -> electricitySaving(in, p);
            case SOLAR_PANELS -> solarPanels(in, parameter);
            case HEAT_PUMP -> heatPump(in, p);
            case INSULATION -> lessGas(in, p, "insulation");
            case HEATING_CONTROL -> lessGas(in, p, "heating control (thermostat settings, zoning)");
            case ELECTRIC_FLEET -> electricFleet(in, p);
            case FUEL_EFFICIENT_DRIVING -> efficientDriving(in, p);
            case BUSINESS_TRAVEL_TO_PUBLIC_TRANSPORT -> carToTrain(in, p);
            case FLIGHTS_TO_TRAIN -> flightsToTrain(in, p);
            case COMMUTING_BY_BIKE -> commutingByBike(in, p);
            case WASTE_REDUCTION -> wasteReduction(in, p);
            case WATER_SAVING -> waterSaving(in, p);
        };
    }

    private static Applied greenElectricity(OrganisationYear in, BigDecimal target) {
        Electricity e = in.electricity();
        BigDecimal kwh = boughtKwh(in);
        if (kwh == null) {
            return nothing(in, target, "no bought electricity entered, so there is none to make green");
        }
        BigDecimal share = e.greenSharePercent();
        if (share != null && share.compareTo(target) >= 0) {
            return nothing(in, target, "the green share of bought electricity is already " + plain(share)
                    + " %, not below " + plain(target) + " %");
        }
        List<String> notes = new ArrayList<>();
        notes.add("green share of the " + plain(kwh) + " kWh bought raised from "
                + (share == null ? "unknown (counted as grey)" : plain(share) + " %") + " to " + plain(target)
                + " %, at the list's green-power factor");
        return new Applied(with(in, new Electricity(e.boughtKwh(), target, e.ownGenerationKwh(),
                e.ownGenerationSelfUsedKwh())), target, true, notes);
    }

    private static Applied electricitySaving(OrganisationYear in, BigDecimal percent) {
        Electricity e = in.electricity();
        BigDecimal kwh = boughtKwh(in);
        if (kwh == null) {
            return nothing(in, percent, "no bought electricity entered to save on");
        }
        BigDecimal after = keep(kwh, percent);
        List<String> notes = new ArrayList<>();
        notes.add("bought electricity " + plain(kwh) + " kWh down by " + plain(percent) + " % to " + plain(after)
                + " kWh; the green share stays " + share(e));
        return new Applied(with(in, new Electricity(total(e.boughtKwh(), after), e.greenSharePercent(),
                e.ownGenerationKwh(), e.ownGenerationSelfUsedKwh())), percent, true, notes);
    }

    private static Applied solarPanels(OrganisationYear in, BigDecimal parameterOrNull) {
        Electricity e = in.electricity();
        BigDecimal kwh = boughtKwh(in);
        if (kwh == null) {
            BigDecimal shown = parameterOrNull == null ? BigDecimal.ZERO : parameterOrNull;
            return nothing(in, shown, "no bought electricity entered for solar power to replace");
        }
        BigDecimal solar = parameterOrNull != null ? parameterOrNull : kwh.multiply(SOLAR_DEFAULT_PERCENT)
                .movePointLeft(2);
        List<String> notes = new ArrayList<>();
        if (parameterOrNull == null) {
            notes.add("solar generation taken as " + plain(SOLAR_DEFAULT_PERCENT) + " % of the " + plain(kwh)
                    + " kWh bought: " + plain(solar) + " kWh per year");
        }
        BigDecimal replaced = solar.min(kwh);
        if (solar.compareTo(kwh) > 0) {
            notes.add("only the " + plain(kwh) + " kWh bought can be replaced; the other "
                    + plain(solar.subtract(kwh)) + " kWh would be fed back, which lowers no footprint");
        }
        notes.add(plain(replaced) + " kWh of own solar power used on site replaces as much bought power (0 kg "
                + "CO2e, scope 1); the green share of the power still bought stays " + share(e));
        Electricity after = new Electricity(total(e.boughtKwh(), kwh.subtract(replaced)), e.greenSharePercent(),
                total(e.ownGenerationKwh(), amount(e.ownGenerationKwh()).add(replaced)),
                total(e.ownGenerationSelfUsedKwh(), amount(e.ownGenerationSelfUsedKwh()).add(replaced)));
        return new Applied(with(in, after), solar, true, notes);
    }

    private static Applied heatPump(OrganisationYear in, BigDecimal percent) {
        BigDecimal gas = gasNm3(in);
        if (gas == null) {
            return nothing(in, percent, "no natural gas entered for a heat pump to replace");
        }
        FuelsAndHeat f = in.fuelsAndHeat();
        BigDecimal moved = gas.multiply(percent).movePointLeft(2);
        // The heat the gas gave, in kWh, divided by the SCOP; the only division in the estimates, to whole Wh.
        BigDecimal kwh = moved.multiply(GAS_MJ_PER_NM3).divide(MJ_PER_KWH.multiply(HEAT_PUMP_SCOP), 3,
                RoundingMode.HALF_UP);
        List<String> notes = new ArrayList<>();
        notes.add(plain(percent) + " % of the " + plain(gas) + " Nm3 natural gas (" + plain(moved)
                + " Nm3) replaced by a heat pump with a seasonal COP of " + plain(HEAT_PUMP_SCOP) + ": "
                + plain(moved) + " Nm3 × " + plain(GAS_MJ_PER_NM3) + " MJ/Nm3 ÷ " + plain(MJ_PER_KWH)
                + " MJ/kWh ÷ " + plain(HEAT_PUMP_SCOP) + " = " + plain(kwh) + " kWh electricity");
        notes.add("the heat needed is taken as the gas's full lower heating value (a high-efficiency boiler); with an "
                + "older boiler the heat pump needs somewhat less electricity");
        OrganisationYear lessGas = with(in, new FuelsAndHeat(total(f.naturalGasNm3(), gas.subtract(moved)),
                f.districtHeatGj(), f.propaneLitres(), f.heatingOilLitres(), f.heatingOilFactor()));
        return new Applied(morePower(lessGas, kwh, notes), percent, true, notes);
    }

    private static Applied lessGas(OrganisationYear in, BigDecimal percent, String what) {
        BigDecimal gas = gasNm3(in);
        if (gas == null) {
            return nothing(in, percent, "no natural gas entered for " + what + " to save on");
        }
        FuelsAndHeat f = in.fuelsAndHeat();
        BigDecimal after = keep(gas, percent);
        List<String> notes = new ArrayList<>();
        notes.add(what + ": natural gas " + plain(gas) + " Nm3 down by " + plain(percent) + " % to " + plain(after)
                + " Nm3");
        return new Applied(with(in, new FuelsAndHeat(total(f.naturalGasNm3(), after), f.districtHeatGj(),
                f.propaneLitres(), f.heatingOilLitres(), f.heatingOilFactor())), percent, true, notes);
    }

    private static Applied electricFleet(OrganisationYear in, BigDecimal percent) {
        BusinessTransport t = in.businessTransport();
        if (t == null) {
            return nothing(in, percent, "no business transport entered to electrify");
        }
        List<String> notes = new ArrayList<>();
        BigDecimal electricKm = BigDecimal.ZERO;
        List<BusinessTransport.FuelUse> fuels = new ArrayList<>();
        for (BusinessTransport.FuelUse use : t.fuels()) {
            BigDecimal litres = use.quantity().total();
            if (CAR_FUELS.contains(use.fuel()) && litres.signum() > 0) {
                BigDecimal moved = litres.multiply(percent).movePointLeft(2);
                BigDecimal km = moved.multiply(CAR_KM_PER_LITRE);
                electricKm = electricKm.add(km);
                notes.add(plain(moved) + " litres " + use.fuel() + " (" + plain(percent) + " %) × "
                        + plain(CAR_KM_PER_LITRE) + " km/litre = " + plain(km) + " km now driven electrically");
                fuels.add(new BusinessTransport.FuelUse(use.fuel(), total(use.quantity(), litres.subtract(moved))));
            } else {
                fuels.add(use);
            }
        }
        List<BusinessTransport.VehicleDistance> vehicles = new ArrayList<>();
        for (BusinessTransport.VehicleDistance distance : t.vehicleKm()) {
            BigDecimal km = distance.km().total();
            if (distance.type() != nl.koploper.footprint.calculation.VehicleType.CAR_ELECTRIC_GREY_POWER
                    && km.signum() > 0) {
                BigDecimal moved = km.multiply(percent).movePointLeft(2);
                electricKm = electricKm.add(moved);
                notes.add(plain(moved) + " km of " + distance.type() + " (" + plain(percent)
                        + " %) now driven electrically");
                vehicles.add(new BusinessTransport.VehicleDistance(distance.type(),
                        total(distance.km(), km.subtract(moved))));
            } else {
                vehicles.add(distance);
            }
        }
        if (notes.isEmpty()) {
            return nothing(in, percent, "no petrol or diesel litres and no fuel-driven car km entered to electrify");
        }
        BigDecimal kwh = electricKm.multiply(ELECTRIC_CAR_KWH_PER_KM);
        notes.add(plain(electricKm) + " electric km × " + plain(ELECTRIC_CAR_KWH_PER_KM) + " kWh/km = " + plain(kwh)
                + " kWh, charged on the organisation's own bought power");
        OrganisationYear fewerFuel = with(in, new BusinessTransport(fuels, vehicles, t.declaredPrivateKm(),
                t.publicTransportKm(), t.publicTransportFactor(), t.flights()));
        return new Applied(morePower(fewerFuel, kwh, notes), percent, true, notes);
    }

    private static Applied efficientDriving(OrganisationYear in, BigDecimal percent) {
        BusinessTransport t = in.businessTransport();
        if (t == null) {
            return nothing(in, percent, "no business transport entered");
        }
        List<String> notes = new ArrayList<>();
        List<BusinessTransport.FuelUse> fuels = new ArrayList<>();
        for (BusinessTransport.FuelUse use : t.fuels()) {
            BigDecimal amount = use.quantity().total();
            if (amount.signum() > 0) {
                BigDecimal after = keep(amount, percent);
                notes.add(use.fuel() + " " + plain(amount) + " " + use.fuel().unit() + " down by " + plain(percent)
                        + " % to " + plain(after));
                fuels.add(new BusinessTransport.FuelUse(use.fuel(), total(use.quantity(), after)));
            } else {
                fuels.add(use);
            }
        }
        List<BusinessTransport.VehicleDistance> vehicles = new ArrayList<>();
        for (BusinessTransport.VehicleDistance distance : t.vehicleKm()) {
            BigDecimal km = distance.km().total();
            if (km.signum() > 0) {
                BigDecimal after = keep(km, percent);
                notes.add(distance.type() + " " + plain(km) + " km counted " + plain(percent) + " % lower: "
                        + plain(after) + " km (the list's factors are per km, so less fuel per km shows this way)");
                vehicles.add(new BusinessTransport.VehicleDistance(distance.type(), total(distance.km(), after)));
            } else {
                vehicles.add(distance);
            }
        }
        if (notes.isEmpty()) {
            return nothing(in, percent, "no fleet fuel and no company or lease car km entered");
        }
        return new Applied(with(in, new BusinessTransport(fuels, vehicles, t.declaredPrivateKm(),
                t.publicTransportKm(), t.publicTransportFactor(), t.flights())), percent, true, notes);
    }

    private static Applied carToTrain(OrganisationYear in, BigDecimal percent) {
        BusinessTransport t = in.businessTransport();
        if (t == null) {
            return nothing(in, percent, "no business transport entered");
        }
        List<String> notes = new ArrayList<>();
        BigDecimal trainKm = BigDecimal.ZERO;
        List<BusinessTransport.FuelUse> fuels = new ArrayList<>();
        for (BusinessTransport.FuelUse use : t.fuels()) {
            BigDecimal litres = use.quantity().total();
            if (CAR_FUELS.contains(use.fuel()) && litres.signum() > 0) {
                BigDecimal moved = litres.multiply(percent).movePointLeft(2);
                BigDecimal km = moved.multiply(CAR_KM_PER_LITRE);
                trainKm = trainKm.add(km);
                notes.add(plain(moved) + " litres " + use.fuel() + " (" + plain(percent) + " %) × "
                        + plain(CAR_KM_PER_LITRE) + " km/litre = " + plain(km) + " km moved to the train");
                fuels.add(new BusinessTransport.FuelUse(use.fuel(), total(use.quantity(), litres.subtract(moved))));
            } else {
                fuels.add(use);
            }
        }
        List<BusinessTransport.VehicleDistance> vehicles = new ArrayList<>();
        for (BusinessTransport.VehicleDistance distance : t.vehicleKm()) {
            BigDecimal km = distance.km().total();
            if (km.signum() > 0) {
                BigDecimal moved = km.multiply(percent).movePointLeft(2);
                trainKm = trainKm.add(moved);
                notes.add(plain(moved) + " km of " + distance.type() + " (" + plain(percent) + " %) moved to the train");
                vehicles.add(new BusinessTransport.VehicleDistance(distance.type(),
                        total(distance.km(), km.subtract(moved))));
            } else {
                vehicles.add(distance);
            }
        }
        Quantity privateKm = t.declaredPrivateKm();
        if (privateKm != null && privateKm.total().signum() > 0) {
            BigDecimal moved = privateKm.total().multiply(percent).movePointLeft(2);
            trainKm = trainKm.add(moved);
            notes.add(plain(moved) + " declared private car km (" + plain(percent) + " %) moved to the train");
            privateKm = total(privateKm, privateKm.total().subtract(moved));
        }
        if (notes.isEmpty()) {
            return nothing(in, percent, "no business car km or car fuel entered to move to the train");
        }
        BusinessTransport moved = new BusinessTransport(fuels, vehicles, privateKm, t.publicTransportKm(),
                t.publicTransportFactor(), t.flights());
        return new Applied(with(in, toTrain(moved, trainKm, notes)), percent, true, notes);
    }

    private static Applied flightsToTrain(OrganisationYear in, BigDecimal percent) {
        BusinessTransport t = in.businessTransport();
        List<String> notes = new ArrayList<>();
        BigDecimal trainKm = BigDecimal.ZERO;
        List<BusinessTransport.Flight> flights = new ArrayList<>();
        if (t != null) {
            for (BusinessTransport.Flight flight : t.flights()) {
                BigDecimal km = flight.passengerKm().total();
                if (flight.band() == FlightBand.UNDER_700_KM && km.signum() > 0) {
                    BigDecimal moved = km.multiply(percent).movePointLeft(2);
                    trainKm = trainKm.add(moved);
                    notes.add(plain(moved) + " passenger-km of flights under 700 km (" + plain(percent)
                            + " %) replaced by as many train km");
                    flights.add(new BusinessTransport.Flight(flight.band(),
                            total(flight.passengerKm(), km.subtract(moved))));
                } else {
                    flights.add(flight);
                }
            }
        }
        if (notes.isEmpty()) {
            return nothing(in, percent, "no flights under 700 km entered");
        }
        BusinessTransport moved = new BusinessTransport(t.fuels(), t.vehicleKm(), t.declaredPrivateKm(),
                t.publicTransportKm(), t.publicTransportFactor(), flights);
        return new Applied(with(in, toTrain(moved, trainKm, notes)), percent, true, notes);
    }

    private static Applied commutingByBike(OrganisationYear in, BigDecimal percent) {
        Commuting c = in.commuting();
        if (c == null || c.carKm() == null || c.carKm().total().signum() == 0) {
            return nothing(in, percent, "no commuting car km entered");
        }
        BigDecimal km = c.carKm().total();
        BigDecimal after = keep(km, percent);
        List<String> notes = new ArrayList<>();
        notes.add("commuting by car " + plain(km) + " km down by " + plain(percent) + " % to " + plain(after)
                + " km; the (e-)bike counts as zero emission");
        return new Applied(with(in, new Commuting(total(c.carKm(), after), c.publicTransportKm(),
                c.publicTransportFactor())), percent, true, notes);
    }

    private static Applied wasteReduction(OrganisationYear in, BigDecimal percent) {
        if (in.waste() == null) {
            return nothing(in, percent, "no waste entered");
        }
        List<String> notes = new ArrayList<>();
        List<WasteStream> streams = new ArrayList<>();
        for (WasteStream stream : in.waste()) {
            if (stream.kind() == WasteKind.RESIDUAL && stream.kg() != null && stream.kg().total().signum() > 0) {
                BigDecimal kg = stream.kg().total();
                BigDecimal after = keep(kg, percent);
                notes.add("residual waste " + plain(kg) + " kg down by " + plain(percent) + " % to " + plain(after)
                        + " kg" + (stream.factor() == null
                        ? "; it has no factor, so it is in no total and its reduction shows no saving" : ""));
                streams.add(new WasteStream(stream.kind(), stream.name(), total(stream.kg(), after), stream.factor()));
            } else {
                streams.add(stream);
            }
        }
        if (notes.isEmpty()) {
            return nothing(in, percent, "no residual (mixed) waste entered");
        }
        return new Applied(new OrganisationYear(in.year(), in.company(), in.electricity(), in.fuelsAndHeat(),
                in.businessTransport(), in.commuting(), in.water(), streams, in.otherScope3()), percent, true, notes);
    }

    private static Applied waterSaving(OrganisationYear in, BigDecimal percent) {
        Water w = in.water();
        if (w == null || w.m3() == null || w.m3().total().signum() == 0) {
            return nothing(in, percent, "no water use entered");
        }
        BigDecimal m3 = w.m3().total();
        BigDecimal after = keep(m3, percent);
        List<String> notes = new ArrayList<>();
        notes.add("water " + plain(m3) + " m3 down by " + plain(percent) + " % to " + plain(after) + " m3"
                + (w.factor() == null ? "; water has no factor, so it is in no total and saving it shows no saving"
                : ""));
        return new Applied(new OrganisationYear(in.year(), in.company(), in.electricity(), in.fuelsAndHeat(),
                in.businessTransport(), in.commuting(), new Water(total(w.m3(), after), w.factor()), in.waste(),
                in.otherScope3()), percent, true, notes);
    }

    /** Adds train km to business public transport, with the assumed train factor when the organisation has none. */
    private static BusinessTransport toTrain(BusinessTransport t, BigDecimal trainKm, List<String> notes) {
        UserFactor factor = t.publicTransportFactor();
        if (factor == null) {
            factor = ASSUMED_TRAIN_FACTOR;
            notes.add("the train counted at 0 kg CO2e/km (Dutch trains run on wind power); the factor list has "
                    + "none, enter a public transport factor of your own to use yours");
        } else {
            notes.add("the train counted at the organisation's public transport factor of "
                    + plain(factor.valueKgCo2e()) + " kg CO2e/km");
        }
        Quantity km = total(t.publicTransportKm(), amount(t.publicTransportKm()).add(trainKm));
        return new BusinessTransport(t.fuels(), t.vehicleKm(), t.declaredPrivateKm(), km, factor, t.flights());
    }

    /** Adds kWh to the power bought, at the organisation's green share (grey when it is unknown). */
    private static OrganisationYear morePower(OrganisationYear in, BigDecimal kwh, List<String> notes) {
        Electricity e = in.electricity();
        if (e == null) {
            notes.add("no electricity entered, so the added power counts as grey");
            return with(in, new Electricity(Quantity.of(kwh), null, null, null));
        }
        notes.add("the added power is bought at the organisation's green share, " + share(e));
        return with(in, new Electricity(total(e.boughtKwh(), amount(e.boughtKwh()).add(kwh)), e.greenSharePercent(),
                e.ownGenerationKwh(), e.ownGenerationSelfUsedKwh()));
    }

    private static Applied nothing(OrganisationYear in, BigDecimal parameter, String why) {
        return new Applied(in, parameter, false, List.of(why + "; nothing to act on, so no saving"));
    }

    /** The bought kWh, or null when none were entered or they are 0. */
    private static BigDecimal boughtKwh(OrganisationYear in) {
        Electricity e = in.electricity();
        if (e == null || e.boughtKwh() == null || e.boughtKwh().total().signum() == 0) {
            return null;
        }
        return e.boughtKwh().total();
    }

    private static BigDecimal gasNm3(OrganisationYear in) {
        FuelsAndHeat f = in.fuelsAndHeat();
        if (f == null || f.naturalGasNm3() == null || f.naturalGasNm3().total().signum() == 0) {
            return null;
        }
        return f.naturalGasNm3().total();
    }

    /** {@code amount} less {@code percent} %, exact. */
    private static BigDecimal keep(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(HUNDRED.subtract(percent)).movePointLeft(2);
    }

    private static BigDecimal amount(Quantity quantity) {
        return quantity == null ? BigDecimal.ZERO : quantity.total();
    }

    /** A year total in place of {@code was}, keeping its preliminary mark. */
    private static Quantity total(Quantity was, BigDecimal total) {
        return new Quantity(total, null, was != null && was.preliminary());
    }

    private static String share(Electricity e) {
        return e.greenSharePercent() == null ? "unknown (counted as grey)" : plain(e.greenSharePercent()) + " %";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static OrganisationYear with(OrganisationYear in, Electricity electricity) {
        return new OrganisationYear(in.year(), in.company(), electricity, in.fuelsAndHeat(), in.businessTransport(),
                in.commuting(), in.water(), in.waste(), in.otherScope3());
    }

    private static OrganisationYear with(OrganisationYear in, FuelsAndHeat fuels) {
        return new OrganisationYear(in.year(), in.company(), in.electricity(), fuels, in.businessTransport(),
                in.commuting(), in.water(), in.waste(), in.otherScope3());
    }

    private static OrganisationYear with(OrganisationYear in, BusinessTransport transport) {
        return new OrganisationYear(in.year(), in.company(), in.electricity(), in.fuelsAndHeat(), transport,
                in.commuting(), in.water(), in.waste(), in.otherScope3());
    }

    private static OrganisationYear with(OrganisationYear in, Commuting commuting) {
        return new OrganisationYear(in.year(), in.company(), in.electricity(), in.fuelsAndHeat(),
                in.businessTransport(), commuting, in.water(), in.waste(), in.otherScope3());
    }
}
