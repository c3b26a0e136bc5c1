package nl.koploper.footprint.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.koploper.footprint.factors.EmissionFactor;
import nl.koploper.footprint.factors.EmissionFactorSet;
import nl.koploper.footprint.factors.Unit;
import nl.koploper.platform.web.FieldProblem;

/**
 * One run over one organisation-year: turns validated input into items and accumulates the totals as it goes,
 * so the footprint needs a single pass and no intermediate collections beyond the items themselves.
 * All arithmetic is exact BigDecimal multiplication and addition; nothing is divided, so nothing is rounded.
 */
final class Calculation {

    static final String NATURAL_GAS = "natural_gas";
    static final String DISTRICT_HEAT = "district_heat_average";
    static final String PROPANE = "propane";
    static final String ELECTRICITY_GREY = "electricity_grey";
    /** Wind and solar are both 0 in the list; Dutch green power certificates are mostly wind, so wind it is. */
    static final String ELECTRICITY_GREEN = "electricity_wind";
    static final String ELECTRICITY_SOLAR = "electricity_solar";
    static final String ELECTRICITY_LOCATION_BASED = "electricity_location_based";
    /** Declared private km and commuting: nobody knows the fuel of employees' own cars. */
    static final String CAR_FUEL_UNKNOWN = "car_fuel_unknown";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Theme[] THEMES = Theme.values();
    private static final String[] WASTE_LABELS = wasteLabels();
    /** An organisation-year has some 40 items; sized so the list never grows in the common case. */
    private static final int EXPECTED_ITEMS = 48;

    private final int year;
    private final EmissionFactorSet set;
    private final List<FactorOverride> overrides;
    private final List<FootprintItem> items = new ArrayList<>(EXPECTED_ITEMS);
    /**
     * Holds 48 factors before it grows (the realistic organisation-year uses some 30): its rehashes showed up in the
     * profile. Not larger: every trivial calculation allocates the table too.
     */
    private final Map<String, AppliedFactor> applied = new LinkedHashMap<>(64);
    private final List<FieldProblem> factorProblems = new ArrayList<>(2);
    private final BigDecimal[] themeKg = new BigDecimal[THEMES.length];
    private BigDecimal scope1 = BigDecimal.ZERO;
    private BigDecimal scope2Market = BigDecimal.ZERO;
    private BigDecimal scope2Location = BigDecimal.ZERO;
    private BigDecimal scope3 = BigDecimal.ZERO;
    private boolean preliminary;

    Calculation(int year, EmissionFactorSet set, List<FactorOverride> overrides) {
        this.year = year;
        this.set = set;
        this.overrides = overrides;
    }

    Footprint run(OrganisationYear input, List<Warning> warnings) {
        electricity(input.electricity());
        fuelsAndHeat(input.fuelsAndHeat());
        businessTransport(input.businessTransport());
        commuting(input.commuting());
        Water water = input.water();
        if (water != null && water.m3() != null) {
            userLine("water.m3", "tap water", Theme.WATER, water.m3(), water.factor(), "water.factor", Unit.M3,
                    ScopeLine.SCOPE_3, Scope3Category.PURCHASED_GOODS_AND_SERVICES);
        }
        if (input.waste() != null) {
            for (int i = 0; i < input.waste().size(); i++) {
                WasteStream stream = input.waste().get(i);
                if (stream.kg() != null) {
                    String label = stream.name() == null ? WASTE_LABELS[stream.kind().ordinal()] : stream.name();
                    userLine(FieldPaths.WASTE_KG.at(i), label, Theme.WASTE, stream.kg(), stream.factor(),
                            FieldPaths.WASTE_FACTOR.at(i), Unit.KG, ScopeLine.SCOPE_3,
                            Scope3Category.WASTE_GENERATED_IN_OPERATIONS);
                }
            }
        }
        for (int i = 0; i < input.otherScope3().size(); i++) {
            OtherScope3Item item = input.otherScope3().get(i);
            // The user's factor defines the unit; validation has checked it is a known one.
            Unit unit = item.factor() == null ? null : Unit.fromCode(item.factor().unit()).orElseThrow();
            userLine(FieldPaths.OTHER_QUANTITY.at(i), item.description(), Theme.OTHER_SCOPE_3, item.quantity(),
                    item.factor(), FieldPaths.OTHER_FACTOR.at(i), unit, ScopeLine.SCOPE_3, item.category());
        }
        return finish(warnings);
    }

    /**
     * Market-based: the green share of bought kWh at the green-power factor, the rest at grey power.
     * Location-based: all bought kWh at the grid average. Own solar power used on site is neither: under the
     * GHG Protocol Scope 2 Guidance on-site generation the organisation owns is scope 1 (zero for solar), and
     * both scope-2 methods cover the same grid electricity; so it gets a 0 kg scope-1 item that shows in the
     * explanation but moves no total. Feed-in is never subtracted from bought kWh (no netting).
     */
    private void electricity(Electricity electricity) {
        if (electricity == null) {
            return;
        }
        Quantity bought = electricity.boughtKwh();
        if (bought != null) {
            BigDecimal kwh = bought.total();
            BigDecimal share = electricity.greenSharePercent();
            BigDecimal green = BigDecimal.ZERO;
            if (share != null && share.signum() > 0) {
                // movePointLeft divides by 100 exactly.
                green = kwh.multiply(share).movePointLeft(2);
                listLine("electricity.boughtKwh", "bought, green share " + share.toPlainString() + " %",
                        Theme.ELECTRICITY, bought, green, ELECTRICITY_GREEN, Unit.KWH,
                        ScopeLine.SCOPE_2_MARKET_BASED, null);
            }
            if (share == null || share.compareTo(HUNDRED) < 0) {
                listLine("electricity.boughtKwh", share == null ? "bought, grey (green share unknown)"
                                : "bought, grey part", Theme.ELECTRICITY, bought, kwh.subtract(green),
                        ELECTRICITY_GREY, Unit.KWH, ScopeLine.SCOPE_2_MARKET_BASED, null);
            }
            listLine("electricity.boughtKwh", "bought, grid average (location-based)", Theme.ELECTRICITY, bought,
                    kwh, ELECTRICITY_LOCATION_BASED, Unit.KWH, ScopeLine.SCOPE_2_LOCATION_BASED, null);
        }
        Quantity selfUsed = electricity.ownGenerationSelfUsedKwh();
        if (selfUsed != null) {
            listLine("electricity.ownGenerationSelfUsedKwh", "own solar power used on site", Theme.ELECTRICITY,
                    selfUsed, selfUsed.total(), ELECTRICITY_SOLAR, Unit.KWH, ScopeLine.SCOPE_1, null);
        }
    }

    private void fuelsAndHeat(FuelsAndHeat fuels) {
        if (fuels == null) {
            return;
        }
        listLine("fuelsAndHeat.naturalGasNm3", "natural gas", Theme.FUELS_AND_HEAT, fuels.naturalGasNm3(),
                NATURAL_GAS, Unit.NM3, ScopeLine.SCOPE_1, null);
        // District heat has one factor for both methods: no green-certificate market exists for it.
        listLine("fuelsAndHeat.districtHeatGj", "district heat", Theme.FUELS_AND_HEAT, fuels.districtHeatGj(),
                DISTRICT_HEAT, Unit.GJ, ScopeLine.SCOPE_2_MARKET_AND_LOCATION_BASED, null);
        listLine("fuelsAndHeat.propaneLitres", "propane", Theme.FUELS_AND_HEAT, fuels.propaneLitres(), PROPANE,
                Unit.LITRE, ScopeLine.SCOPE_1, null);
        if (fuels.heatingOilLitres() != null) {
            userLine("fuelsAndHeat.heatingOilLitres", "heating oil", Theme.FUELS_AND_HEAT, fuels.heatingOilLitres(),
                    fuels.heatingOilFactor(), "fuelsAndHeat.heatingOilFactor", Unit.LITRE, ScopeLine.SCOPE_1, null);
        }
    }

    private void businessTransport(BusinessTransport transport) {
        if (transport == null) {
            return;
        }
        for (int i = 0; i < transport.fuels().size(); i++) {
            BusinessTransport.FuelUse use = transport.fuels().get(i);
            // Fuel burnt in the organisation's own or leased vehicles: direct emissions.
            listLine(FieldPaths.FUEL_QUANTITY.at(i), "vehicle fuel", Theme.BUSINESS_TRANSPORT,
                    use.quantity(), use.fuel().factorKey(), use.fuel().unit(), ScopeLine.SCOPE_1, null);
        }
        for (int i = 0; i < transport.vehicleKm().size(); i++) {
            BusinessTransport.VehicleDistance distance = transport.vehicleKm().get(i);
            // Per-km factors are scope 3 in the list (they include the vehicle's energy chain whatever it is);
            // we follow the list so the number is reproducible from it. Litres give scope 1 instead.
            listLine(FieldPaths.VEHICLE_KM.at(i), "vehicle km", Theme.BUSINESS_TRANSPORT,
                    distance.km(), distance.type().factorKey(), Unit.KM, ScopeLine.SCOPE_3,
                    Scope3Category.BUSINESS_TRAVEL);
        }
        listLine("businessTransport.declaredPrivateKm", "declared private car km", Theme.BUSINESS_TRANSPORT,
                transport.declaredPrivateKm(), CAR_FUEL_UNKNOWN, Unit.KM, ScopeLine.SCOPE_3,
                Scope3Category.BUSINESS_TRAVEL);
        if (transport.publicTransportKm() != null) {
            userLine("businessTransport.publicTransportKm", "public transport", Theme.BUSINESS_TRANSPORT,
                    transport.publicTransportKm(), transport.publicTransportFactor(),
                    "businessTransport.publicTransportFactor", Unit.KM, ScopeLine.SCOPE_3,
                    Scope3Category.BUSINESS_TRAVEL);
        }
        for (int i = 0; i < transport.flights().size(); i++) {
            BusinessTransport.Flight flight = transport.flights().get(i);
            listLine(FieldPaths.FLIGHT_PASSENGER_KM.at(i), "flights", Theme.BUSINESS_TRANSPORT,
                    flight.passengerKm(), flight.band().factorKey(), Unit.PASSENGER_KM, ScopeLine.SCOPE_3,
                    Scope3Category.BUSINESS_TRAVEL);
        }
    }

    private void commuting(Commuting commuting) {
        if (commuting == null) {
            return;
        }
        listLine("commuting.carKm", "commuting by car", Theme.COMMUTING, commuting.carKm(), CAR_FUEL_UNKNOWN,
                Unit.KM, ScopeLine.SCOPE_3, Scope3Category.EMPLOYEE_COMMUTING);
        if (commuting.publicTransportKm() != null) {
            userLine("commuting.publicTransportKm", "commuting by public transport", Theme.COMMUTING,
                    commuting.publicTransportKm(), commuting.publicTransportFactor(), "commuting.publicTransportFactor",
                    Unit.KM, ScopeLine.SCOPE_3, Scope3Category.EMPLOYEE_COMMUTING);
        }
    }

    private void listLine(String field, String label, Theme theme, Quantity quantity, String key, Unit unit,
                          ScopeLine line, Scope3Category category) {
        if (quantity != null) {
            listLine(field, label, theme, quantity, quantity.total(), key, unit, line, category);
        }
    }

    private void listLine(String field, String label, Theme theme, Quantity source, BigDecimal amount, String key,
                          Unit unit, ScopeLine line, Scope3Category category) {
        AppliedFactor factor = resolve(key);
        if (factor == null) {
            missing(field, amount, "no factor '" + key + "' in set " + set.year()
                    + "; use a set that has it, or an override");
            return;
        }
        if (factor.unit() != unit) {
            factorProblems.add(new FieldProblem(field, "unit-mismatch", "factor '" + key + "' is per "
                    + factor.unit() + " but this field is in " + unit));
            return;
        }
        add(new FootprintItem(field, label, theme, line, category, amount, unit, factor,
                amount.multiply(factor.valueKgCo2e()), source.preliminary()));
    }

    private void userLine(String field, String label, Theme theme, Quantity quantity, UserFactor userFactor,
                          String factorField, Unit unit, ScopeLine line, Scope3Category category) {
        BigDecimal amount = quantity.total();
        if (userFactor == null) {
            missing(field, amount, "the factor list has no factor for this; enter your own in " + factorField);
            return;
        }
        // get/put rather than computeIfAbsent: no capturing lambda per user-factor line.
        AppliedFactor factor = applied.get(factorField);
        if (factor == null) {
            factor = AppliedFactor.supplied(factorField, userFactor, unit);
            applied.put(factorField, factor);
        }
        add(new FootprintItem(field, label, theme, line, category, amount, unit, factor,
                amount.multiply(factor.valueKgCo2e()), quantity.preliminary()));
    }

    /**
     * Never a silent zero: the item goes into no total and the footprint is marked incomplete. Only an amount
     * of exactly 0 passes without a factor, because 0 times any factor is 0.
     */
    private void missing(String field, BigDecimal amount, String message) {
        if (amount.signum() != 0) {
            factorProblems.add(new FieldProblem(field, "missing-factor", message));
        }
    }

    private AppliedFactor resolve(String key) {
        AppliedFactor known = applied.get(key);
        if (known != null) {
            return known;
        }
        EmissionFactor listed = set.factorOrNull(key);
        if (listed == null) {
            return null;
        }
        FactorOverride override = overrideFor(key);
        AppliedFactor factor = override == null ? AppliedFactor.listed(listed)
                : AppliedFactor.overridden(listed, override);
        applied.put(key, factor);
        return factor;
    }

    /** The override with the latest start year not after the data year; earlier years keep the list value. */
    private FactorOverride overrideFor(String key) {
        FactorOverride best = null;
        for (FactorOverride override : overrides) {
            if (override.factorKey().equals(key) && override.effectiveFromYear() <= year
                    && (best == null || override.effectiveFromYear() > best.effectiveFromYear())) {
                best = override;
            }
        }
        return best;
    }

    private void add(FootprintItem item) {
        items.add(item);
        BigDecimal kg = item.kgCo2e();
        switch (item.scopeLine()) {
            case SCOPE_1 -> scope1 = scope1.add(kg);
            case SCOPE_2_MARKET_BASED -> scope2Market = scope2Market.add(kg);
            case SCOPE_2_LOCATION_BASED -> scope2Location = scope2Location.add(kg);
            case SCOPE_2_MARKET_AND_LOCATION_BASED -> {
                scope2Market = scope2Market.add(kg);
                scope2Location = scope2Location.add(kg);
            }
            case SCOPE_3 -> scope3 = scope3.add(kg);
        }
        if (item.scopeLine().countsInMarketBased()) {
            int theme = item.theme().ordinal();
            themeKg[theme] = themeKg[theme] == null ? kg : themeKg[theme].add(kg);
        }
        preliminary |= item.preliminary();
    }

    private static String[] wasteLabels() {
        WasteKind[] kinds = WasteKind.values();
        String[] labels = new String[kinds.length];
        for (WasteKind kind : kinds) {
            labels[kind.ordinal()] = "waste, " + kind.name().toLowerCase(Locale.ROOT);
        }
        return labels;
    }

    private Footprint finish(List<Warning> warnings) {
        Map<Theme, BigDecimal> perTheme = new EnumMap<>(Theme.class);
        for (Theme theme : THEMES) {
            if (themeKg[theme.ordinal()] != null) {
                perTheme.put(theme, themeKg[theme.ordinal()]);
            }
        }
        return new Footprint(year, set.year(), Collections.unmodifiableList(items),
                List.copyOf(applied.values()), scope1, scope2Market, scope2Location, scope3,
                Collections.unmodifiableMap(perTheme), Collections.unmodifiableList(warnings),
                Collections.unmodifiableList(factorProblems), preliminary);
    }
}
