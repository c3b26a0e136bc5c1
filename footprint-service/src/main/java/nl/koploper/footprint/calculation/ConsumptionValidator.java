package nl.koploper.footprint.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.koploper.footprint.factors.EmissionFactor;
import nl.koploper.footprint.factors.EmissionFactorSet;
import nl.koploper.footprint.factors.Unit;
import nl.koploper.platform.sbi.SbiSector;
import nl.koploper.platform.web.FieldProblem;

/**
 * Hard checks: input that cannot be right (negative amounts, a green share over 100 %, absurd magnitudes,
 * a user factor in the wrong unit). Everything found is returned, each with its field path, for a 400.
 */
final class ConsumptionValidator {

    /**
     * Above this any quantity is taken for a typing error: 1e9 kWh is a large power station's output, 1e9 litres
     * the fuel of a national fleet, far beyond any mkb organisation or care institution.
     */
    static final BigDecimal ABSURD = new BigDecimal("1e9");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MONTHS = 12;

    private ConsumptionValidator() {
    }

    static List<FieldProblem> validate(OrganisationYear input, EmissionFactorSet set, List<FactorOverride> overrides) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.year() < 1990 || input.year() > 2100) {
            problems.add(new FieldProblem("year", "out-of-range", "year must be between 1990 and 2100"));
        }
        company(input.company(), problems);
        QuantityFields.visit(input, (field, quantity) -> quantity(field, quantity, problems));
        electricity(input.electricity(), problems);
        FuelsAndHeat fuels = input.fuelsAndHeat();
        if (fuels != null) {
            userFactor("fuelsAndHeat.heatingOilFactor", fuels.heatingOilFactor(), Unit.LITRE, problems);
        }
        BusinessTransport transport = input.businessTransport();
        if (transport != null) {
            for (int i = 0; i < transport.fuels().size(); i++) {
                BusinessTransport.FuelUse use = transport.fuels().get(i);
                required("businessTransport.fuels[", i, "]", use, problems);
                if (use != null) {
                    required("businessTransport.fuels[", i, "].fuel", use.fuel(), problems);
                    required("businessTransport.fuels[", i, "].quantity", use.quantity(), problems);
                }
            }
            for (int i = 0; i < transport.vehicleKm().size(); i++) {
                BusinessTransport.VehicleDistance distance = transport.vehicleKm().get(i);
                required("businessTransport.vehicleKm[", i, "]", distance, problems);
                if (distance != null) {
                    required("businessTransport.vehicleKm[", i, "].type", distance.type(), problems);
                    required("businessTransport.vehicleKm[", i, "].km", distance.km(), problems);
                }
            }
            for (int i = 0; i < transport.flights().size(); i++) {
                BusinessTransport.Flight flight = transport.flights().get(i);
                required("businessTransport.flights[", i, "]", flight, problems);
                if (flight != null) {
                    required("businessTransport.flights[", i, "].band", flight.band(), problems);
                    required("businessTransport.flights[", i, "].passengerKm", flight.passengerKm(), problems);
                }
            }
            userFactor("businessTransport.publicTransportFactor", transport.publicTransportFactor(), Unit.KM,
                    problems);
        }
        if (input.commuting() != null) {
            userFactor("commuting.publicTransportFactor", input.commuting().publicTransportFactor(), Unit.KM,
                    problems);
        }
        if (input.water() != null) {
            userFactor("water.factor", input.water().factor(), Unit.M3, problems);
        }
        if (input.waste() != null) {
            for (int i = 0; i < input.waste().size(); i++) {
                WasteStream stream = input.waste().get(i);
                required("waste[", i, "]", stream, problems);
                if (stream != null) {
                    required("waste[", i, "].kind", stream.kind(), problems);
                    if (stream.kind() == WasteKind.OTHER && (stream.name() == null || stream.name().isBlank())) {
                        problems.add(new FieldProblem("waste[" + i + "].name", "required", "name the waste stream"));
                    }
                    userFactor(FieldPaths.WASTE_FACTOR.at(i), stream.factor(), Unit.KG, problems);
                }
            }
        }
        for (int i = 0; i < input.otherScope3().size(); i++) {
            OtherScope3Item item = input.otherScope3().get(i);
            required("otherScope3[", i, "]", item, problems);
            if (item != null) {
                if (item.description() == null || item.description().isBlank()) {
                    problems.add(new FieldProblem("otherScope3[" + i + "].description", "required",
                            "describe the item"));
                }
                required("otherScope3[", i, "].category", item.category(), problems);
                required("otherScope3[", i, "].quantity", item.quantity(), problems);
                // No field unit to match: the user's factor defines the unit the quantity is in.
                userFactor(FieldPaths.OTHER_FACTOR.at(i), item.factor(), null, problems);
            }
        }
        overrides(overrides, set, problems);
        return problems;
    }

    private static void company(CompanyData company, List<FieldProblem> problems) {
        notNegative("company.fte", company.fte(), problems);
        notNegative("company.floorAreaM2", company.floorAreaM2(), problems);
        notNegative("company.turnoverEur", company.turnoverEur(), problems);
        notNegative("company.productionVolume", company.productionVolume(), problems);
        if (company.productionVolume() != null
                && (company.productionUnit() == null || company.productionUnit().isBlank())) {
            problems.add(new FieldProblem("company.productionUnit", "required",
                    "a production volume needs its unit (e.g. meals, tonnes, beds)"));
        }
        if (company.sbiCode() != null && SbiSector.sectionOf(company.sbiCode()) == null) {
            problems.add(new FieldProblem("company.sbiCode", "unknown",
                    "'" + company.sbiCode() + "' is not in a known SBI division (01-99 as in SBI 2008)"));
        }
    }

    private static void quantity(String field, Quantity quantity, List<FieldProblem> problems) {
        if (quantity.yearTotal() != null && quantity.months() != null) {
            problems.add(new FieldProblem(field, "ambiguous",
                    "give either a year total or monthly figures, not both"));
            return;
        }
        if (quantity.yearTotal() == null && quantity.months() == null) {
            problems.add(new FieldProblem(field, "required",
                    "give a year total or monthly figures, or leave the field out"));
            return;
        }
        if (quantity.yearTotal() != null) {
            magnitude(field, quantity.yearTotal(), problems);
            return;
        }
        if (quantity.months().size() != MONTHS) {
            problems.add(new FieldProblem(field + ".monthly", "monthly-count",
                    "monthly figures need 12 entries (January first; null for a month not known), found "
                            + quantity.months().size()));
            return;
        }
        for (int month = 0; month < MONTHS; month++) {
            BigDecimal value = quantity.months().get(month);
            if (value != null) {
                magnitude(field + ".monthly[" + month + "]", value, problems);
            }
        }
        if (quantity.total().compareTo(ABSURD) > 0) {
            problems.add(new FieldProblem(field, "too-large", "the year total exceeds " + ABSURD.toPlainString()));
        }
    }

    private static void magnitude(String field, BigDecimal value, List<FieldProblem> problems) {
        if (value.signum() < 0) {
            problems.add(new FieldProblem(field, "negative", "a quantity cannot be negative"));
        } else if (value.compareTo(ABSURD) > 0) {
            problems.add(new FieldProblem(field, "too-large",
                    "more than " + ABSURD.toPlainString() + " is not plausible for one organisation; check the unit"));
        }
    }

    private static void electricity(Electricity electricity, List<FieldProblem> problems) {
        if (electricity == null) {
            return;
        }
        BigDecimal share = electricity.greenSharePercent();
        if (share != null && (share.signum() < 0 || share.compareTo(HUNDRED) > 0)) {
            problems.add(new FieldProblem("electricity.greenSharePercent", "out-of-range",
                    "the green share is a percentage between 0 and 100"));
        }
        Quantity generated = electricity.ownGenerationKwh();
        Quantity selfUsed = electricity.ownGenerationSelfUsedKwh();
        if (selfUsed != null && generated != null && wellFormed(selfUsed) && wellFormed(generated)
                && selfUsed.total().compareTo(generated.total()) > 0) {
            problems.add(new FieldProblem("electricity.ownGenerationSelfUsedKwh", "exceeds",
                    "more own generation used than generated"));
        }
    }

    private static boolean wellFormed(Quantity quantity) {
        return (quantity.yearTotal() == null) != (quantity.months() == null);
    }

    /** A user factor must be usable as given: a value, not negative, in the unit of the field it serves. */
    private static void userFactor(String field, UserFactor factor, Unit expected, List<FieldProblem> problems) {
        if (factor == null) {
            return; // a missing factor is reported by the calculation, and only where a quantity needs it
        }
        if (factor.valueKgCo2e() == null) {
            problems.add(new FieldProblem(field + ".valueKgCo2e", "required", "the factor needs a value"));
        } else if (factor.valueKgCo2e().signum() < 0) {
            problems.add(new FieldProblem(field + ".valueKgCo2e", "negative", "a factor cannot be negative"));
        }
        Optional<Unit> unit = factor.unit() == null ? Optional.empty() : Unit.fromCode(factor.unit());
        if (unit.isEmpty()) {
            problems.add(new FieldProblem(field + ".unit", "unknown-unit",
                    "unknown unit '" + factor.unit() + "'; known: " + List.of(Unit.values())));
        } else if (expected != null && unit.get() != expected) {
            problems.add(new FieldProblem(field + ".unit", "unit-mismatch",
                    "this quantity is entered in " + expected + ", so the factor must be per " + expected));
        }
        if (factor.source() == null || factor.source().isBlank()) {
            problems.add(new FieldProblem(field + ".source", "required", "say where the factor comes from"));
        }
    }

    private static void overrides(List<FactorOverride> overrides, EmissionFactorSet set, List<FieldProblem> problems) {
        for (int i = 0; i < overrides.size(); i++) {
            FactorOverride override = overrides.get(i);
            // Paths are built only for a problem: this runs on every calculation of an organisation with overrides.
            if (override == null) {
                problems.add(new FieldProblem(overridePath(i, ""), "required", "is required"));
                continue;
            }
            EmissionFactor listed = override.factorKey() == null ? null : set.factorOrNull(override.factorKey());
            if (listed == null) {
                problems.add(new FieldProblem(overridePath(i, ".factorKey"), "unknown-key",
                        "no factor '" + override.factorKey() + "' in set " + set.year()));
            }
            if (override.valueKgCo2e() == null) {
                problems.add(new FieldProblem(overridePath(i, ".valueKgCo2e"), "required",
                        "the override needs a value"));
            } else if (override.valueKgCo2e().signum() < 0) {
                problems.add(new FieldProblem(overridePath(i, ".valueKgCo2e"), "negative",
                        "a factor cannot be negative"));
            }
            if (override.source() == null || override.source().isBlank()) {
                problems.add(new FieldProblem(overridePath(i, ".source"), "required",
                        "say where the value comes from"));
            }
            if (startsInTheSameYearAsAnEarlierOne(overrides, i)) {
                problems.add(new FieldProblem(overridePath(i, ".effectiveFromYear"), "duplicate",
                        "another override of " + override.factorKey() + " starts in the same year"));
            }
        }
    }

    private static String overridePath(int index, String suffix) {
        return "overrides[" + index + "]" + suffix;
    }

    /** A scan of the earlier ones, not a set of "key@year" strings: an organisation has only a few overrides. */
    private static boolean startsInTheSameYearAsAnEarlierOne(List<FactorOverride> overrides, int index) {
        FactorOverride override = overrides.get(index);
        for (int j = 0; j < index; j++) {
            FactorOverride earlier = overrides.get(j);
            if (earlier != null && earlier.effectiveFromYear() == override.effectiveFromYear()
                    && Objects.equals(earlier.factorKey(), override.factorKey())) {
                return true;
            }
        }
        return false;
    }

    private static void notNegative(String field, BigDecimal value, List<FieldProblem> problems) {
        if (value != null && value.signum() < 0) {
            problems.add(new FieldProblem(field, "negative", "cannot be negative"));
        }
    }

    /** The path is only built when the value is missing: this runs for every list element of every request. */
    private static void required(String prefix, int index, String suffix, Object value, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(prefix + index + suffix, "required", "is required"));
        }
    }

    private static void required(String field, Object value, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "required", "is required"));
        }
    }
}
