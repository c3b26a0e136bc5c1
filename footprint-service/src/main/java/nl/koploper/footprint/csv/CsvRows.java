package nl.koploper.footprint.csv;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The rows of a CSV text (the consumption import, the factor file), each with the line it starts on, for problems
 * that name the line. Lines starting with {@code #} are comments; a quoted cell may hold the separator, {@code ""}
 * for a quote, and line breaks.
 */
public final class CsvRows {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private CsvRows() {
    }

    /** One row: the line it starts on (1 for the first line of the text) and its cells. */
    public record Row(int line, List<String> cells) {

        /** A row whose cells are all empty (or blank), as spreadsheets write them after the data. */
        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /**
     * Every row of {@code text}.
     *
     * @param trim whether cells lose spaces and tabs around them (inside quotes they are kept)
     * @throws Unreadable when a quoted cell is not closed, or is followed by more than the separator or a line end
     */
    public static List<Row> read(Reader text, char separator, boolean trim) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withComments();
        List<Row> rows = new ArrayList<>();
        int line = 1;
        ObjectReader reader = CSV.reader(schema);
        try (JsonParser parser = (trim ? reader.with(CsvReadFeature.TRIM_SPACES) : reader).createParser(text)) {
            parser.nextToken(); // the array of all rows
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                // at a row's start the parser has skipped the comments and empty lines before it
                line = parser.currentLocation().getLineNr();
                List<String> cells = new ArrayList<>();
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    cells.add(parser.getString());
                }
                rows.add(new Row(line, cells));
            }
        } catch (JacksonException e) {
            throw new Unreadable(line, e.getOriginalMessage());
        }
        return rows;
    }

    /** The text cannot be split into cells from {@code line} on. */
    public static final class Unreadable extends RuntimeException {

        private final int line;

        Unreadable(int line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }
}
