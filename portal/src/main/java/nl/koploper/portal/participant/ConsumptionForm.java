package nl.koploper.portal.participant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The consumption data of one organisation-year as the participant's form holds it: one text per input, named by its
 * path in footprint-service's body ({@code electricity.boughtKwh.yearTotal}), exactly as typed (Dutch decimal commas
 * and all), so a refused form comes back with everything still there. An empty input is "not entered" and is left
 * out of the body; {@code 0} is sent as 0.
 *
 * <p>Lists in the body (fuels, flights, waste streams) have a fixed row per kind in the form ({@code waste[1]} is
 * always paper); a row goes into the body only when something of it was entered, so its index in the body can be
 * lower than in the form, and the API's field paths are mapped back ({@link #formPath}). What the stored data holds
 * beyond the form's inputs (monthly figures, a second waste stream of one kind) is carried along in hidden inputs
 * ({@link #kept()}) so that saving the form never loses it.
 */
final class ConsumptionForm {

    enum Kind { NUMBER, TEXT, CATEGORY, UNIT, PRELIMINARY }

    /**
     * One input.
     *
     * @param path the path in the body (and the input's name)
     * @param key  the message key of its label, unit and help ({@code consumption.field.<key>}, {@code .unit}, {@code .help})
     */
    record Field(String path, String key, Kind kind) {
        /** The input's id: the path without brackets and dots, so that CSS and labels stay simple. */
        public String id() {
            return path.replace("[", "-").replace("]", "").replace('.', '-');
        }

        public boolean number() {
            return kind == Kind.NUMBER;
        }

        public boolean preliminary() {
            return kind == Kind.PRELIMINARY;
        }
    }

    /** A fieldset of the form: a theme (or the company data) with its inputs. */
    record Section(String key, List<Field> fields) {
    }

    /** A list in the body whose elements the form has as fixed rows, told apart by one constant field. */
    private record ListRow(String list, int row, String constantField, String constant) {
        String prefix() {
            return list + "[" + row + "]";
        }
    }

    static final List<String> CATEGORIES = List.of("PURCHASED_GOODS_AND_SERVICES", "CAPITAL_GOODS",
            "FUEL_AND_ENERGY_RELATED_ACTIVITIES", "UPSTREAM_TRANSPORTATION_AND_DISTRIBUTION",
            "WASTE_GENERATED_IN_OPERATIONS", "BUSINESS_TRAVEL", "EMPLOYEE_COMMUTING", "UPSTREAM_LEASED_ASSETS",
            "DOWNSTREAM_TRANSPORTATION_AND_DISTRIBUTION", "PROCESSING_OF_SOLD_PRODUCTS", "USE_OF_SOLD_PRODUCTS",
            "END_OF_LIFE_TREATMENT_OF_SOLD_PRODUCTS", "DOWNSTREAM_LEASED_ASSETS", "FRANCHISES", "INVESTMENTS");

    static final List<String> UNITS = List.of("kg", "tonne", "EUR", "km", "passenger-km", "liter", "kWh", "m3",
            "Nm3", "GJ");

    private static final List<ListRow> ROWS = List.of(
            new ListRow("businessTransport.fuels", 0, "fuel", "DIESEL_B7"),
            new ListRow("businessTransport.fuels", 1, "fuel", "PETROL_E10"),
            new ListRow("businessTransport.fuels", 2, "fuel", "LPG"),
            new ListRow("businessTransport.flights", 0, "band", "UNDER_700_KM"),
            new ListRow("businessTransport.flights", 1, "band", "FROM_700_TO_2500_KM"),
            new ListRow("businessTransport.flights", 2, "band", "OVER_2500_KM"),
            new ListRow("waste", 0, "kind", "RESIDUAL"),
            new ListRow("waste", 1, "kind", "PAPER"),
            new ListRow("waste", 2, "kind", "PLASTIC"),
            new ListRow("otherScope3", 0, null, null));

    /** User factors whose unit is fixed by the field they serve (the service refuses any other). */
    private static final Map<String, String> FIXED_UNITS = Map.of(
            "fuelsAndHeat.heatingOilFactor", "liter",
            "businessTransport.publicTransportFactor", "km",
            "commuting.publicTransportFactor", "km",
            "water.factor", "m3",
            "waste[0].factor", "kg",
            "waste[1].factor", "kg",
            "waste[2].factor", "kg");

    static final List<Section> SECTIONS = List.of(
            new Section("company", List.of(
                    number("company.fte", "fte"),
                    number("company.floorAreaM2", "floorArea"),
                    new Field("company.sbiCode", "sbiCode", Kind.TEXT))),
            new Section("electricity", List.of(
                    number("electricity.boughtKwh.yearTotal", "boughtKwh"),
                    preliminary("electricity.boughtKwh.preliminary"),
                    number("electricity.greenSharePercent", "greenShare"),
                    number("electricity.ownGenerationKwh.yearTotal", "ownGeneration"),
                    number("electricity.ownGenerationSelfUsedKwh.yearTotal", "ownGenerationSelfUsed"))),
            new Section("fuelsAndHeat", List.of(
                    number("fuelsAndHeat.naturalGasNm3.yearTotal", "naturalGas"),
                    preliminary("fuelsAndHeat.naturalGasNm3.preliminary"),
                    number("fuelsAndHeat.districtHeatGj.yearTotal", "districtHeat"),
                    number("fuelsAndHeat.propaneLitres.yearTotal", "propane"),
                    number("fuelsAndHeat.heatingOilLitres.yearTotal", "heatingOil"),
                    number("fuelsAndHeat.heatingOilFactor.valueKgCo2e", "heatingOilFactor"),
                    new Field("fuelsAndHeat.heatingOilFactor.source", "factorSource", Kind.TEXT))),
            new Section("businessTransport", List.of(
                    number("businessTransport.fuels[0].quantity.yearTotal", "diesel"),
                    number("businessTransport.fuels[1].quantity.yearTotal", "petrol"),
                    number("businessTransport.fuels[2].quantity.yearTotal", "lpg"),
                    number("businessTransport.declaredPrivateKm.yearTotal", "declaredPrivateKm"),
                    number("businessTransport.publicTransportKm.yearTotal", "businessPublicTransport"),
                    number("businessTransport.publicTransportFactor.valueKgCo2e", "publicTransportFactor"),
                    new Field("businessTransport.publicTransportFactor.source", "factorSource", Kind.TEXT),
                    number("businessTransport.flights[0].passengerKm.yearTotal", "flightsShort"),
                    number("businessTransport.flights[1].passengerKm.yearTotal", "flightsMedium"),
                    number("businessTransport.flights[2].passengerKm.yearTotal", "flightsLong"))),
            new Section("commuting", List.of(
                    number("commuting.carKm.yearTotal", "commutingCarKm"),
                    number("commuting.publicTransportKm.yearTotal", "commutingPublicTransport"),
                    number("commuting.publicTransportFactor.valueKgCo2e", "publicTransportFactor"),
                    new Field("commuting.publicTransportFactor.source", "factorSource", Kind.TEXT))),
            new Section("water", List.of(
                    number("water.m3.yearTotal", "water"),
                    number("water.factor.valueKgCo2e", "waterFactor"),
                    new Field("water.factor.source", "factorSource", Kind.TEXT))),
            new Section("waste", List.of(
                    number("waste[0].kg.yearTotal", "wasteResidual"),
                    number("waste[0].factor.valueKgCo2e", "wasteFactor"),
                    new Field("waste[0].factor.source", "factorSource", Kind.TEXT),
                    number("waste[1].kg.yearTotal", "wastePaper"),
                    number("waste[1].factor.valueKgCo2e", "wasteFactor"),
                    new Field("waste[1].factor.source", "factorSource", Kind.TEXT),
                    number("waste[2].kg.yearTotal", "wastePlastic"),
                    number("waste[2].factor.valueKgCo2e", "wasteFactor"),
                    new Field("waste[2].factor.source", "factorSource", Kind.TEXT))),
            new Section("otherScope3", List.of(
                    new Field("otherScope3[0].description", "otherDescription", Kind.TEXT),
                    new Field("otherScope3[0].category", "otherCategory", Kind.CATEGORY),
                    number("otherScope3[0].quantity.yearTotal", "otherQuantity"),
                    new Field("otherScope3[0].factor.unit", "otherUnit", Kind.UNIT),
                    number("otherScope3[0].factor.valueKgCo2e", "otherFactor"),
                    new Field("otherScope3[0].factor.source", "factorSource", Kind.TEXT))));

    private static final Map<String, Field> BY_PATH = new LinkedHashMap<>();

    static {
        SECTIONS.forEach(section -> section.fields().forEach(field -> BY_PATH.put(field.path(), field)));
    }

    private static final java.util.Set<String> ROW_LISTS = java.util.Set.of("businessTransport.fuels",
            "businessTransport.flights", "waste", "otherScope3");
    /** Stored list elements the form has no row for are kept from this index on (the form's rows are 0-2). */
    private static final int EXTRA = 100;

    private static final Pattern INDEXED = Pattern.compile("^([A-Za-z.]+)\\[(\\d+)](.*)$");
    private static final Pattern DUTCH_THOUSANDS = Pattern.compile("^-?\\d{1,3}(\\.\\d{3})+(,\\d+)?$");
    private static final Pattern PLAIN = Pattern.compile("^-?\\d+([.,]\\d+)?$");

    private final Map<String, String> values;
    private final Map<String, String> kept;

    private ConsumptionForm(Map<String, String> values, Map<String, String> kept) {
        this.values = values;
        this.kept = kept;
    }

    private static Field number(String path, String key) {
        return new Field(path, key, Kind.NUMBER);
    }

    private static Field preliminary(String path) {
        return new Field(path, "preliminary", Kind.PRELIMINARY);
    }

    static ConsumptionForm empty() {
        return new ConsumptionForm(new LinkedHashMap<>(), new TreeMap<>());
    }

    /**
     * What the browser posted: the form's inputs by name, and the carried-along values ({@code kept:<path>}).
     */
    static ConsumptionForm posted(Map<String, String> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> kept = new TreeMap<>();
        parameters.forEach((name, value) -> {
            if (BY_PATH.containsKey(name)) {
                values.put(name, value == null ? "" : value);
            } else if (name.startsWith("kept:") && value != null) {
                kept.put(name.substring(5), value);
            }
        });
        return new ConsumptionForm(values, kept);
    }

    /** The stored data (footprint-service's body) as the form shows it: numbers with a decimal comma. */
    static ConsumptionForm of(Map<String, Object> data) {
        Map<String, String> flat = new TreeMap<>();
        flatten("", data, flat);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> kept = new TreeMap<>();
        flat.forEach((path, value) -> {
            if (path.equals("year") || path.equals("contactEmail")) {
                kept.put(path, value);
                return;
            }
            Matcher m = INDEXED.matcher(path);
            String formPath = path;
            if (m.matches() && ROW_LISTS.contains(m.group(1))) {
                String storedPrefix = m.group(1) + "[" + m.group(2) + "]";
                ListRow row = rowOfStored(m.group(1), storedPrefix, flat);
                if (row == null) {
                    kept.put(m.group(1) + "[" + (EXTRA + Integer.parseInt(m.group(2))) + "]" + m.group(3), value);
                    return;
                }
                if (row.constantField() != null && m.group(3).equals("." + row.constantField())) {
                    return; // written again from the row on save
                }
                formPath = row.prefix() + m.group(3);
            }
            Field field = BY_PATH.get(formPath);
            if (field != null) {
                values.put(formPath, field.number() ? dutch(value) : value);
            } else if (!(formPath.endsWith(".unit")
                    && FIXED_UNITS.containsKey(formPath.substring(0, formPath.length() - 5)))) {
                kept.put(formPath, value);
            }
        });
        return new ConsumptionForm(values, kept);
    }

    /** The input's text as typed (empty when not entered). */
    public String value(String path) {
        return values.getOrDefault(path, "");
    }

    public boolean checked(String path) {
        String value = values.get(path);
        return value != null && (value.equals("true") || value.equals("on"));
    }

    /** The stored values the form does not show, carried in hidden inputs. */
    public Map<String, String> kept() {
        return kept;
    }

    /** The unit a user factor of {@code path} is in, when the field fixes it (shown next to the input). */
    static String fixedUnit(String factorPath) {
        return FIXED_UNITS.get(factorPath);
    }

    /** The inputs that are not a number (with their paths), for the local check before calling the API. */
    Map<String, String> notNumbers() {
        Map<String, String> wrong = new LinkedHashMap<>();
        values.forEach((path, text) -> {
            Field field = BY_PATH.get(path);
            if (field != null && field.number() && !text.isBlank() && parse(text) == null) {
                wrong.put(path, text);
            }
        });
        return wrong;
    }

    /**
     * The body of footprint-service's PUT: every entered input at its path, lists without the rows left empty.
     *
     * @param contactEmail used when the stored data had none (the participant reads its data by this e-mail)
     */
    Map<String, Object> body(int year, String contactEmail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", year);
        String storedContact = kept.get("contactEmail");
        body.put("contactEmail", storedContact == null || storedContact.isBlank() ? contactEmail : storedContact);
        Map<String, String> entered = new TreeMap<>();
        kept.forEach((path, value) -> {
            if (!path.equals("year") && !path.equals("contactEmail")) {
                entered.put(path, value);
            }
        });
        values.forEach((path, text) -> {
            Field field = BY_PATH.get(path);
            if (field == null || text == null || text.isBlank()) {
                return;
            }
            if (field.preliminary()) {
                if (checked(path)) {
                    entered.put(path, "true");
                }
                return;
            }
            entered.put(path, text.strip());
        });
        Map<String, String> prefixes = formToBodyPrefixes();
        Map<String, String> result = new TreeMap<>();
        entered.forEach((path, text) -> {
            Matcher m = INDEXED.matcher(path);
            String target = path;
            if (m.matches() && ROW_LISTS.contains(m.group(1))) {
                String formPrefix = m.group(1) + "[" + m.group(2) + "]";
                String bodyPrefix = prefixes.get(formPrefix);
                if (bodyPrefix == null) {
                    return; // a row with nothing entered: left out, with what belonged to it
                }
                target = bodyPrefix + m.group(3);
                ROWS.stream().filter(row -> row.prefix().equals(formPrefix) && row.constantField() != null)
                        .findFirst().ifPresent(row -> result.put(bodyPrefix + "." + row.constantField(),
                                row.constant()));
                String unit = FIXED_UNITS.get(formPrefix + ".factor");
                if (unit != null && m.group(3).startsWith(".factor.")) {
                    result.put(bodyPrefix + ".factor.unit", unit);
                }
            } else {
                FIXED_UNITS.forEach((factor, unit) -> {
                    if (!factor.contains("[") && path.startsWith(factor + ".")) {
                        result.put(factor + ".unit", unit);
                    }
                });
            }
            result.put(target, text);
        });
        // A preliminary mark without its amount means nothing: leave it out.
        result.keySet().removeIf(path -> {
            if (!path.endsWith(".preliminary")) {
                return false;
            }
            String quantity = path.substring(0, path.length() - ".preliminary".length());
            return !result.containsKey(quantity + ".yearTotal")
                    && result.keySet().stream().noneMatch(other -> other.startsWith(quantity + ".monthly"));
        });
        result.forEach((path, text) -> put(body, path, valueOf(path, text)));
        return body;
    }

    /**
     * The input a field path of the API's answer belongs to: the body's list index mapped back to the form's row, and
     * a path about a whole quantity or factor to the input that holds it. A path the form has no input for stays.
     */
    String formPath(String apiPath) {
        String path = apiPath;
        Matcher m = INDEXED.matcher(apiPath);
        if (m.matches() && ROW_LISTS.contains(m.group(1))) {
            String bodyPrefix = m.group(1) + "[" + m.group(2) + "]";
            for (Map.Entry<String, String> entry : formToBodyPrefixes().entrySet()) {
                if (entry.getValue().equals(bodyPrefix)) {
                    path = entry.getKey() + m.group(3);
                }
            }
        }
        if (BY_PATH.containsKey(path)) {
            return path;
        }
        for (String suffix : List.of(".yearTotal", ".valueKgCo2e", ".quantity.yearTotal", ".kg.yearTotal",
                ".passengerKm.yearTotal")) {
            if (BY_PATH.containsKey(path + suffix)) {
                return path + suffix;
            }
        }
        if (path.endsWith(".monthly") && BY_PATH.containsKey(path.replace(".monthly", ".yearTotal"))) {
            return path.replace(".monthly", ".yearTotal");
        }
        if (path.endsWith(".unit") && BY_PATH.containsKey(path.substring(0, path.length() - 5) + ".valueKgCo2e")
                && !BY_PATH.containsKey(path)) {
            return path.substring(0, path.length() - 5) + ".valueKgCo2e";
        }
        return path;
    }

    /** Renames the API's field paths in {@code errors} to the form's inputs. */
    Map<String, String> renamedPaths(Iterable<String> apiPaths) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String apiPath : apiPaths) {
            names.put(apiPath, formPath(apiPath));
        }
        return names;
    }

    /**
     * Where each list row of the form goes in the body: the rows with an amount or factor entered, numbered from 0
     * in the form's order, then the stored elements the form has no row for ({@code waste[100]}...).
     */
    private Map<String, String> formToBodyPrefixes() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        Map<String, Integer> next = new LinkedHashMap<>();
        for (ListRow row : ROWS) {
            boolean used = values.entrySet().stream().anyMatch(e -> e.getKey().startsWith(row.prefix() + ".")
                    && !e.getValue().isBlank() && !BY_PATH.get(e.getKey()).preliminary());
            if (used) {
                int index = next.merge(row.list(), 1, Integer::sum) - 1;
                prefixes.put(row.prefix(), row.list() + "[" + index + "]");
            }
        }
        kept.keySet().stream().map(INDEXED::matcher).filter(Matcher::matches)
                .filter(m -> ROW_LISTS.contains(m.group(1)) && Integer.parseInt(m.group(2)) >= EXTRA)
                .map(m -> m.group(1) + "[" + m.group(2) + "]").distinct()
                .sorted(java.util.Comparator.comparingInt(p -> Integer.parseInt(p.replaceAll(".*\\[(\\d+)]", "$1"))))
                .forEach(prefix -> {
                    String list = prefix.substring(0, prefix.indexOf('['));
                    int index = next.merge(list, 1, Integer::sum) - 1;
                    prefixes.put(prefix, list + "[" + index + "]");
                });
        return prefixes;
    }

    private static Object valueOf(String path, String text) {
        Field field = BY_PATH.get(path);
        if (path.endsWith(".preliminary")) {
            return Boolean.parseBoolean(text);
        }
        boolean numeric = field != null ? field.number()
                : !path.endsWith("unit") && !path.endsWith("source") && !path.endsWith("name")
                        && !path.endsWith("description") && !path.endsWith("fuel") && !path.endsWith("band")
                        && !path.endsWith("kind") && !path.endsWith("type") && !path.endsWith("category")
                        && !path.endsWith("sbiCode") && !path.endsWith("productionUnit");
        if (numeric) {
            BigDecimal number = parse(text);
            return number != null ? number : text;
        }
        return text;
    }

    /**
     * A number as a Dutch person types it: {@code 4,5}, {@code 1.500} (thousands), {@code 1.500,25}, or with a decimal
     * point where it cannot be a thousands point ({@code 4.5}). Null when it is no number.
     */
    static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace(" ", "").replace("\u00a0", "");
        if (t.isEmpty()) {
            return null;
        }
        if (DUTCH_THOUSANDS.matcher(t).matches()) {
            t = t.replace(".", "").replace(',', '.');
        } else if (PLAIN.matcher(t).matches()) {
            t = t.replace(',', '.');
        } else {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A number for the form: a decimal comma, no thousands points (so it reads back unambiguously). */
    static String dutch(String plain) {
        try {
            return new BigDecimal(plain).toPlainString().replace('.', ',');
        } catch (NumberFormatException e) {
            return plain;
        }
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> body, String path, Object value) {
        String[] parts = path.split("\\.");
        Object current = body;
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            Matcher m = Pattern.compile("^(\\w+)\\[(\\d+)]$").matcher(parts[i]);
            if (m.matches()) {
                Map<String, Object> map = (Map<String, Object>) current;
                List<Object> list = (List<Object>) map.computeIfAbsent(m.group(1), k -> new ArrayList<>());
                int index = Integer.parseInt(m.group(2));
                while (list.size() <= index) {
                    list.add(null);
                }
                if (last) {
                    list.set(index, value);
                    return;
                }
                if (list.get(index) == null) {
                    list.set(index, new LinkedHashMap<String, Object>());
                }
                current = list.get(index);
            } else {
                Map<String, Object> map = (Map<String, Object>) current;
                if (last) {
                    map.put(parts[i], value);
                    return;
                }
                current = map.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
            }
        }
    }

    /** Removes null gaps a sparse list would leave (the service refuses null list elements). */
    static void compact(Object node) {
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(ConsumptionForm::compact);
        } else if (node instanceof List<?> list) {
            list.removeIf(java.util.Objects::isNull);
            list.forEach(ConsumptionForm::compact);
        }
    }

    private static void flatten(String prefix, Object node, Map<String, String> flat) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value,
                    flat));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), flat);
            }
        } else if (node != null) {
            flat.put(prefix, node instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(node));
        }
    }

    /** The form's row of a stored list element: the row of its kind, for the first element of that kind. */
    private static ListRow rowOfStored(String list, String storedPrefix, Map<String, String> flat) {
        for (ListRow row : ROWS) {
            if (!row.list().equals(list)) {
                continue;
            }
            if (row.constantField() == null) {
                return storedPrefix.equals(row.prefix()) ? row : null;
            }
            if (!row.constant().equals(flat.get(storedPrefix + "." + row.constantField()))) {
                continue;
            }
            for (int i = 0; ; i++) {
                String prefix = list + "[" + i + "]";
                if (row.constant().equals(flat.get(prefix + "." + row.constantField()))) {
                    return prefix.equals(storedPrefix) ? row : null;
                }
                if (i > 1000) {
                    return null;
                }
            }
        }
        return null;
    }
}
