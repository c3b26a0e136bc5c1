package nl.koploper.platform.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text made printable in a PDF font before it is drawn, so that what people typed (a name, a note) can never break
 * a certificate or report. With the standard Helvetica (WinAnsi) every Dutch letter, é, ë and ï included, stays.
 */
public final class PdfText {

    private PdfText() {
    }

    /**
     * @return {@code text} with every character {@code font} cannot encode replaced by '?' and every control
     *         character but the line break by a space; "" for null. Line breaks stay for the caller to wrap on.
     */
    public static String printable(String text, PDFont font) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (codePoint == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(codePoint)) {
                out.append(' ');
            } else {
                String character = Character.toString(codePoint);
                try {
                    font.encode(character);
                    out.append(character);
                } catch (IOException | IllegalArgumentException notEncodable) {
                    out.append('?');
                }
            }
        });
        return out.toString();
    }
}
