package nl.koploper.notification.calendar;

import java.nio.charset.StandardCharsets;

/**
 * Folds content lines at 75 octets (RFC 5545 §3.1).
 *
 * <p>ical4j 4.4.0's FoldingWriter counts characters, not octets, so a DESCRIPTION with "é" or "€" yields physical lines
 * of 80 and more octets, which strict parsers reject. This folds the unfolded output again by UTF-8 octets and
 * never splits a multi-octet character.
 */
final class OctetFolding {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private OctetFolding() {
    }

    /** @param unfolded content lines separated by CRLF (or LF) */
    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 70 * 3);
        for (String line : unfolded.split("\r?\n")) {
            if (line.isEmpty()) {
                continue;
            }
            foldLine(line, folded);
        }
        return folded.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        int offset = 0;
        while (offset < line.length()) {
            int codePoint = line.codePointAt(offset);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1; // the leading space of a continuation line counts towards its 75
            }
            out.appendCodePoint(codePoint);
            octets += width;
            offset += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
