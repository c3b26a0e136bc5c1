package nl.koploper.footprint.consumption;

import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.koploper.footprint.csv.CsvRows;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our CSV format of an organisation-year's consumption data (the Milieubarometer's export format is not public): one
 * row per field, {@code field;value;preliminary}, where {@code field} is the JSON path of the consumption PUT's body
 * ({@code electricity.boughtKwh.yearTotal}, {@code waste[0].kind}). Reading builds exactly the
 * {@link OrganisationYearData} the JSON PUT would have received, so both go through the same validation and storage.
 * Reading is strict: every problem of the file is collected with its line number, and one problem refuses the file.
 * The README's "CSV import" section is the user-facing description of this format.
 */
final class ConsumptionCsv {

    /** Larger files are refused (413) before parsing: a full organisation-year is a few kB. */
    static final int MAX_BYTES = 256 * 1024;
    static final String MEDIA_TYPE = "text/csv";

    private static final int MONTHS = 12;
    /**
     * List indices above this are refused while reading; the lists' own maxima (50 waste streams, ...) are the body's
     * shape limits ({@link OrganisationYearData#shapeProblems()}), checked after reading as for the JSON PUT.
     */
    private static final int MAX_INDEX = 999;
    private static final int MAX_CELL = 1000;
    private static final Pattern SEGMENT = Pattern.compile("([a-zA-Z][a-zA-Z0-9]*)(?:\\[(0|[1-9][0-9]*)])?");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(?:[.,][0-9]+)?");
    /** 1.500 in a Dutch file: 1500 with a thousands point, or 1.5? Refused rather than guessed. */
    private static final Pattern THOUSANDS_LIKE = Pattern.compile("-?[1-9][0-9]{0,2}\\.[0-9]{3}");
    /** Characters with which a spreadsheet treats a cell as a formula (CSV injection). */
    private static final String FORMULA_START = "=+-@\t\r";
    private static final char BOM = '\uFEFF';
    private static final JsonMapper JSON = JsonMapper.shared();
    /** Each wire record's components, looked up once: {@link Class#getRecordComponents} builds them anew per call. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private ConsumptionCsv() {
    }

    /** The data read from a file, and where each field was, to put line numbers on later validation problems. */
    record Parsed(OrganisationYearData data, Map<String, Integer> lines) {

        /** The problems with the file's line of the field (or of the nearest enclosing field that is in the file). */
        List<FieldProblem> locate(List<FieldProblem> problems) {
            return problems.stream().map(this::locate).toList();
        }

        private FieldProblem locate(FieldProblem problem) {
            Integer line = lineOf(problem.field());
            return new FieldProblem(line == null ? "file: " + problem.field() : at(line, problem.field()),
                    problem.code(), problem.message());
        }

        private Integer lineOf(String path) {
            for (String p = path; !p.isEmpty(); p = parent(p)) {
                Integer exact = lines.get(p);
                if (exact != null) {
                    return exact;
                }
                String prefix = p;
                Integer first = lines.entrySet().stream()
                        .filter(e -> e.getKey().startsWith(prefix + ".") || e.getKey().startsWith(prefix + "["))
                        .map(Map.Entry::getValue).min(Integer::compare).orElse(null);
                if (first != null) {
                    return first;
                }
            }
            return null;
        }

        private static String parent(String path) {
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            return cut < 0 ? "" : path.substring(0, cut);
        }
    }

    static String at(int line, String field) {
        return field == null || field.isEmpty() ? "line " + line : "line " + line + ": " + field;
    }

    // ---------------------------------------------------------------------------------------------- reading

    static Parsed read(byte[] bytes) {
        Reader reader = new Reader();
        OrganisationYearData data = reader.read(bytes);
        if (!reader.problems.isEmpty()) {
            throw new InvalidInputException("The CSV file has " + reader.problems.size() + " problem(s)",
                    reader.problems);
        }
        return new Parsed(data, reader.lines);
    }

    private static final class Reader {

        final List<FieldProblem> problems = new ArrayList<>();
        /** Field path (a quantity's shorthand resolved to {@code .yearTotal}) → line it was given on. */
        final Map<String, Integer> lines = new LinkedHashMap<>();
        /** The object tree: Map for records, TreeMap<Integer, Object> for lists, values at the leaves. */
        final Map<String, Object> root = new LinkedHashMap<>();
        /** Quantity path → line whose preliminary column marked it. */
        final Map<String, Integer> markedPreliminary = new LinkedHashMap<>();
        char separator;
        int columns;

        OrganisationYearData read(byte[] bytes) {
            String text = decode(bytes);
            if (text == null) {
                return null;
            }
            if (!text.isEmpty() && text.charAt(0) == BOM) {
                text = text.substring(1);
            }
            separator = separatorOf(text);
            List<CsvRows.Row> rows;
            try {
                rows = CsvRows.read(new StringReader(text), separator, true);
            } catch (CsvRows.Unreadable e) {
                problems.add(new FieldProblem(at(e.line(), null), "quote", "a quoted cell must end with \" "
                        + "followed by the separator or the end of the line"));
                return null;
            }
            boolean headerSeen = false;
            for (CsvRows.Row row : rows) {
                if (row.blank()) {
                    continue; // a row of empty cells, as spreadsheets write them
                }
                if (!headerSeen) {
                    headerSeen = true;
                    if (!header(row.cells(), row.line())) {
                        return null;
                    }
                    continue;
                }
                row(row.cells(), row.line());
            }
            if (!headerSeen) {
                problems.add(new FieldProblem("file", "empty", "the file has no header line and no data; start with "
                        + "the header line field;value;preliminary"));
                return null;
            }
            if (lines.isEmpty() && problems.isEmpty()) {
                problems.add(new FieldProblem("file", "empty", "the file has a header line but no data rows"));
            }
            markPreliminary();
            if (!problems.isEmpty()) {
                return null;
            }
            Object body = plain(root, ""); // may find a list with a missing index
            return problems.isEmpty() ? JSON.convertValue(body, OrganisationYearData.class) : null;
        }

        private String decode(byte[] bytes) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                problems.add(new FieldProblem("file", "encoding", "the file is not UTF-8; save it as "
                        + "\"CSV UTF-8\" (in Excel: Save as, CSV UTF-8 (comma delimited))"));
                return null;
            }
        }

        /** The header's separator is the file's: {@code ;} (Dutch spreadsheets) or {@code ,}. */
        private static char separatorOf(String text) {
            return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .findFirst().filter(header -> header.indexOf(';') >= 0).isPresent() ? ';' : ',';
        }

        /** The header names the columns. */
        private boolean header(List<String> cells, int line) {
            List<String> names = cells.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
            if (names.equals(List.of("field", "value")) || names.equals(List.of("field", "value", "preliminary"))) {
                columns = names.size();
                return true;
            }
            problems.add(new FieldProblem(at(line, null), "header", "the first line must be the header "
                    + "field;value;preliminary (or field,value,preliminary), not: "
                    + shorten(String.join(String.valueOf(separator), cells))));
            return false;
        }

        private void row(List<String> cells, int line) {
            String field = cells.get(0);
            if (cells.size() > columns) {
                problems.add(new FieldProblem(at(line, field), "columns", "the row has " + cells.size()
                        + " cells; the header names " + columns + " (is a number or text with a '" + separator
                        + "' not quoted?)"));
                return;
            }
            if (cells.size() < 2) {
                problems.add(new FieldProblem(at(line, field), "columns", "the row has no value column"));
                return;
            }
            if (field.isEmpty()) {
                problems.add(new FieldProblem(at(line, null), "required", "the field column is empty"));
                return;
            }
            String value = cells.get(1);
            String preliminaryCell = cells.size() > 2 ? cells.get(2) : "";
            if (value.length() > MAX_CELL) {
                problems.add(new FieldProblem(at(line, field), "too-long", "a value of at most " + MAX_CELL
                        + " characters"));
                return;
            }
            Boolean preliminary = preliminaryCell.isEmpty() ? Boolean.FALSE : bool(preliminaryCell);
            if (preliminary == null) {
                problems.add(new FieldProblem(at(line, field), "invalid-preliminary",
                        "the preliminary column is empty, true or false (ja or nee), not " + shorten(preliminaryCell)));
                return;
            }
            Target target = resolve(field, line);
            if (target == null) {
                return;
            }
            Integer earlier = lines.putIfAbsent(target.path, line);
            if (earlier != null) {
                problems.add(new FieldProblem(at(line, target.path), "duplicate",
                        "this field was already given on line " + earlier));
                return;
            }
            if (preliminary && target.quantityPath == null) {
                problems.add(new FieldProblem(at(line, target.path), "preliminary-not-applicable",
                        "only an amount (a year total or a month) can be marked preliminary"));
                return;
            }
            if (value.isEmpty()) {
                if (preliminary) {
                    problems.add(new FieldProblem(at(line, target.path), "preliminary-without-value",
                            "the row is marked preliminary but has no value; leave the row out or give a value"));
                }
                return; // an empty value is "not entered", exactly like leaving the field out of the JSON
            }
            Object parsed = convert(target.type, value, line, target.path);
            if (parsed == null) {
                return;
            }
            set(target, parsed);
            if (preliminary) {
                markedPreliminary.putIfAbsent(target.quantityPath, line);
            }
        }

        /** Where a field path points: the keys from the root to the leaf, and the leaf's type. */
        private record Target(String path, List<Object> keys, Class<?> type, String quantityPath) {
        }

        /** Sets a value, creating the records and lists on its path (only now: an empty value creates nothing). */
        @SuppressWarnings("unchecked")
        private void set(Target target, Object value) {
            Map<Object, Object> node = (Map<Object, Object>) (Map<?, ?>) root;
            List<Object> keys = target.keys;
            for (int k = 0; k < keys.size() - 1; k++) {
                boolean listNext = keys.get(k + 1) instanceof Integer;
                node = (Map<Object, Object>) node.computeIfAbsent(keys.get(k),
                        key -> listNext ? new TreeMap<Integer, Object>() : new LinkedHashMap<String, Object>());
            }
            node.put(keys.get(keys.size() - 1), value);
        }

        private Target resolve(String field, int line) {
            String[] segments = field.split("\\.", -1);
            Class<?> type = OrganisationYearData.class;
            List<Object> keys = new ArrayList<>();
            StringBuilder path = new StringBuilder();
            for (int s = 0; s < segments.length; s++) {
                Matcher matcher = SEGMENT.matcher(segments[s]);
                if (!matcher.matches()) {
                    problems.add(new FieldProblem(at(line, field), "invalid-field", "not a field path such as "
                            + "electricity.boughtKwh.yearTotal or waste[0].kind"));
                    return null;
                }
                String name = matcher.group(1);
                RecordComponent component = component(type, name);
                if (component == null) {
                    problems.add(new FieldProblem(at(line, field), "unknown-field", "unknown field '" + name + "'"
                            + (path.isEmpty() ? "" : " in " + path) + "; known: " + names(type)));
                    return null;
                }
                path.append(path.isEmpty() ? "" : ".").append(name);
                keys.add(name);
                boolean last = s == segments.length - 1;
                boolean list = component.getType() == List.class;
                Class<?> valueType = list ? elementType(component) : component.getType();
                if (list != (matcher.group(2) != null)) {
                    problems.add(new FieldProblem(at(line, field), "invalid-field", list
                            ? "'" + name + "' is a list: name an element, e.g. " + name + "[0]"
                            : "'" + name + "' is not a list: leave out the [index]"));
                    return null;
                }
                if (list) {
                    int index = matcher.group(2).length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(matcher.group(2));
                    int max = name.equals("monthly") ? MONTHS - 1 : MAX_INDEX;
                    if (index > max) {
                        problems.add(new FieldProblem(at(line, field), "out-of-range", name.equals("monthly")
                                ? "months are monthly[0] (January) to monthly[11] (December)"
                                : "an index of at most " + MAX_INDEX));
                        return null;
                    }
                    path.append('[').append(index).append(']');
                    keys.add(index);
                }
                if (last && valueType == OrganisationYearData.QuantityInput.class) {
                    // A quantity named without .yearTotal is its year total: "electricity.boughtKwh;20000".
                    keys.add("yearTotal");
                    return new Target(path + ".yearTotal", keys, BigDecimal.class, path.toString());
                }
                if (valueType.isRecord()) {
                    if (last) {
                        problems.add(new FieldProblem(at(line, field), "invalid-field", "'" + path
                                + "' is a group; name one of its fields: " + names(valueType)));
                        return null;
                    }
                    type = valueType;
                    continue;
                }
                if (!last) {
                    problems.add(new FieldProblem(at(line, field), "invalid-field",
                            "'" + path + "' is a value and has no fields"));
                    return null;
                }
                boolean inQuantity = type == OrganisationYearData.QuantityInput.class && !name.equals("preliminary");
                String quantityPath = inQuantity ? path.substring(0, path.lastIndexOf("." + name)) : null;
                return new Target(path.toString(), keys, valueType, quantityPath);
            }
            throw new IllegalStateException("unreachable");
        }

        private Object convert(Class<?> type, String value, int line, String path) {
            if (type == BigDecimal.class) {
                return number(value, line, path);
            }
            if (type == Integer.class) {
                if (!value.matches("-?[0-9]{1,9}")) {
                    problems.add(new FieldProblem(at(line, path), "invalid-type", "a whole number, not "
                            + shorten(value)));
                    return null;
                }
                return Integer.valueOf(value);
            }
            if (type == Boolean.class) {
                Boolean bool = bool(value);
                if (bool == null) {
                    problems.add(new FieldProblem(at(line, path), "invalid-type", "true or false (ja or nee), not "
                            + shorten(value)));
                }
                return bool;
            }
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(value)) {
                        return constant;
                    }
                }
                problems.add(new FieldProblem(at(line, path), "unknown", "unknown value " + shorten(value)
                        + "; one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                        .collect(Collectors.joining(", "))));
                return null;
            }
            if (type == String.class) {
                return unescapeFormula(value);
            }
            throw new IllegalStateException("no CSV conversion for " + type);
        }

        /**
         * A plain decimal number: digits with at most one decimal separator. In a {@code ;} file both the decimal
         * comma and the decimal point are read, except a point that may be a Dutch thousands point ({@code 1.500});
         * in a {@code ,} file only the point. Thousands separators, spaces and exponents are refused.
         */
        private BigDecimal number(String value, int line, String path) {
            if (!PLAIN_NUMBER.matcher(value).matches()) {
                boolean grouped = value.matches("-?[0-9][0-9 .,'\u00A0\u202F]*[0-9]");
                problems.add(new FieldProblem(at(line, path), grouped ? "thousands-separator" : "invalid-type",
                        grouped ? "write the number without thousands separators and with one decimal separator, "
                                + "e.g. 1500 or 1500,5, not " + shorten(value)
                                : "a number such as 1500 or 1500,5, not " + shorten(value)));
                return null;
            }
            if (value.indexOf(',') >= 0) {
                if (separator == ',') {
                    problems.add(new FieldProblem(at(line, path), "decimal-separator", "in a file separated by "
                            + "commas the decimal separator is the point: " + value.replace(',', '.')));
                    return null;
                }
                return new BigDecimal(value.replace(',', '.'));
            }
            if (separator == ';' && THOUSANDS_LIKE.matcher(value).matches()) {
                problems.add(new FieldProblem(at(line, path), "ambiguous-number", value + " could be "
                        + value.replace(".", "") + " (thousands point) or " + value.replace('.', ',')
                        + " (decimal point); in a ;-separated file write decimals with a comma and no thousands "
                        + "separator"));
                return null;
            }
            return new BigDecimal(value);
        }

        /** A preliminary column marks the quantity its row belongs to. */
        @SuppressWarnings("unchecked")
        private void markPreliminary() {
            markedPreliminary.forEach((quantityPath, line) -> {
                Map<Object, Object> quantity = (Map<Object, Object>) find(quantityPath);
                Integer explicitLine = lines.get(quantityPath + ".preliminary");
                if (Boolean.FALSE.equals(quantity.get("preliminary"))) {
                    problems.add(new FieldProblem(at(line, quantityPath + ".preliminary"), "conflict",
                            "marked preliminary here, but line " + explicitLine + " says it is not"));
                } else {
                    quantity.put("preliminary", Boolean.TRUE);
                }
            });
        }

        @SuppressWarnings("unchecked")
        private Object find(String path) {
            Object node = root;
            for (String segment : path.split("\\.")) {
                Matcher matcher = SEGMENT.matcher(segment);
                matcher.matches();
                node = ((Map<Object, Object>) node).get(matcher.group(1));
                if (matcher.group(2) != null) {
                    node = ((Map<Object, Object>) node).get(Integer.parseInt(matcher.group(2)));
                }
            }
            return node;
        }

        /**
         * The tree as the maps and lists of the JSON body, for Jackson to bind: lists must be complete (no missing
         * index), except the twelve months, where a month not in the file is "not entered" (null), as in JSON.
         */
        private Object plain(Object node, String path) {
            if (node instanceof TreeMap<?, ?> elements) {
                if (path.endsWith(".monthly")) {
                    List<Object> months = new ArrayList<>(Collections.nCopies(MONTHS, null));
                    elements.forEach((month, value) -> months.set((Integer) month, value));
                    return months;
                }
                List<Object> list = new ArrayList<>();
                int expected = 0;
                for (Map.Entry<?, ?> element : elements.entrySet()) {
                    String elementPath = path + "[" + element.getKey() + "]";
                    if (!element.getKey().equals(expected)) {
                        problems.add(new FieldProblem(at(firstLineUnder(elementPath), elementPath), "missing-index",
                                "list elements are numbered from 0 without gaps; " + path + "[" + expected
                                        + "] is missing"));
                        expected = (Integer) element.getKey();
                    }
                    list.add(plain(element.getValue(), elementPath));
                    expected++;
                }
                return list;
            }
            if (node instanceof Map<?, ?> fields) {
                Map<Object, Object> record = new LinkedHashMap<>();
                fields.forEach((name, value) -> record.put(name, plain(value, path.isEmpty() ? name.toString()
                        : path + "." + name)));
                return record;
            }
            return node;
        }

        private int firstLineUnder(String path) {
            return lines.entrySet().stream().filter(e -> e.getKey().startsWith(path))
                    .mapToInt(Map.Entry::getValue).min().orElse(0);
        }
    }

    // ---------------------------------------------------------------------------------------------- writing

    /**
     * The data as a file the import reads back to the same data: {@code ;} separated with decimal commas (Dutch
     * spreadsheets open it as is), UTF-8 with a byte order mark (so Excel detects UTF-8), CRLF line ends.
     */
    static String write(OrganisationYearData data) {
        StringBuilder out = new StringBuilder().append(BOM).append("field;value;preliminary\r\n");
        writeRecord(out, data, "");
        return out.toString();
    }

    private static void writeRecord(StringBuilder out, Object record, String path) {
        for (RecordComponent component : COMPONENTS.get(record.getClass())) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value == null) {
                continue;
            }
            String childPath = path.isEmpty() ? component.getName() : path + "." + component.getName();
            if (value instanceof OrganisationYearData.QuantityInput quantity) {
                writeQuantity(out, quantity, childPath);
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) != null) {
                        writeRecord(out, list.get(i), childPath + "[" + i + "]");
                    }
                }
            } else if (value.getClass().isRecord()) {
                writeRecord(out, value, childPath);
            } else {
                writeRow(out, childPath, value, false);
            }
        }
    }

    private static void writeQuantity(StringBuilder out, OrganisationYearData.QuantityInput quantity, String path) {
        boolean preliminary = Boolean.TRUE.equals(quantity.preliminary());
        boolean written = false;
        if (quantity.yearTotal() != null) {
            writeRow(out, path + ".yearTotal", quantity.yearTotal(), preliminary);
            written = true;
        }
        if (quantity.monthly() != null) {
            for (int month = 0; month < quantity.monthly().size(); month++) {
                if (quantity.monthly().get(month) != null) {
                    writeRow(out, path + ".monthly[" + month + "]", quantity.monthly().get(month), preliminary);
                    written = true;
                }
            }
        }
        if (!written && preliminary) {
            writeRow(out, path + ".preliminary", Boolean.TRUE, false);
        }
    }

    private static void writeRow(StringBuilder out, String field, Object value, boolean preliminary) {
        String text;
        if (value instanceof BigDecimal number) {
            text = number.toPlainString().replace('.', ',');
        } else if (value instanceof Enum<?> constant) {
            text = constant.name();
        } else if (value instanceof String string) {
            text = quote(escapeFormula(string));
        } else {
            text = value.toString();
        }
        out.append(field).append(';').append(text).append(';').append(preliminary ? "true" : "").append("\r\n");
    }

    private static String quote(String value) {
        boolean needsQuotes = value.indexOf(';') >= 0 || value.indexOf('"') >= 0 || value.indexOf(',') >= 0
                || !value.equals(value.strip()) || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return needsQuotes ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** A text a spreadsheet would run as a formula is written with a leading apostrophe, and read back without. */
    private static String escapeFormula(String value) {
        return !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String unescapeFormula(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && FORMULA_START.indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static RecordComponent component(Class<?> type, String name) {
        for (RecordComponent component : COMPONENTS.get(type)) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        return null;
    }

    private static String names(Class<?> type) {
        return Arrays.stream(COMPONENTS.get(type)).map(RecordComponent::getName)
                .collect(Collectors.joining(", "));
    }

    private static Class<?> elementType(RecordComponent component) {
        Type generic = component.getGenericType();
        Type argument = ((ParameterizedType) generic).getActualTypeArguments()[0];
        return (Class<?>) argument;
    }

    private static Boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "ja" -> Boolean.TRUE;
            case "false", "nee" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String shorten(String value) {
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }
}
