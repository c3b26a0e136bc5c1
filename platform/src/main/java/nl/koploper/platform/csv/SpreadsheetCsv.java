package nl.koploper.platform.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table written as a CSV file a Dutch spreadsheet opens as it is: semicolons between cells (a comma is the decimal
 * separator there), a byte-order mark so that Excel reads UTF-8 (é, ë), CRLF line ends, quotes where a cell needs
 * them, and a leading apostrophe before a text a spreadsheet would otherwise run as a formula ({@code =}, {@code +},
 * {@code -}, {@code @}: names and reasons are typed by the public, so an export must not carry CSV injection).
 */
public final class SpreadsheetCsv {

    public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String FORMULA_START = "=+-@\t\r";

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    private SpreadsheetCsv(List<String> header) {
        this.header = List.copyOf(header);
    }

    public static SpreadsheetCsv withColumns(String... header) {
        return new SpreadsheetCsv(List.of(header));
    }

    /** One row, a cell per column; null is an empty cell, numbers are written with a decimal comma. */
    public SpreadsheetCsv row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("A row needs " + header.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(text(cell));
        }
        rows.add(row);
        return this;
    }

    public String write() {
        StringBuilder out = new StringBuilder().append('\uFEFF');
        line(out, header);
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    /** The file as a download named {@code fileName} (with its .csv extension). */
    public ResponseEntity<byte[]> download(String fileName) {
        return ResponseEntity.ok().contentType(MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(write().getBytes(StandardCharsets.UTF_8));
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(quoted(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number number) {
            // Numbers are ours, never typed by the public: a minus sign stays a number, with a decimal comma.
            return number.toString().replace('.', ',');
        }
        String value = Objects.toString(cell);
        return !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String quoted(String value) {
        boolean needsQuotes = value.indexOf(';') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || !value.equals(value.strip());
        return needsQuotes ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
