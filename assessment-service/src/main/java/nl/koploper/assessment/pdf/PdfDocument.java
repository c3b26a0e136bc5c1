package nl.koploper.assessment.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.platform.pdf.PdfText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A small A4 report writer on PDFBox: headings, wrapped paragraphs, bulleted lists, horizontal bar charts and a
 * radar chart, drawn with PDFBox's own graphics primitives, flowing onto new pages as needed. Text is written in
 * Helvetica (WinAnsi): characters it cannot encode become '?', so user text can never break the document.
 */
public final class PdfDocument implements AutoCloseable {

    static final float MARGIN = 50;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final Color BAR = new Color(46, 125, 50);
    private static final Color BAR_2 = new Color(120, 144, 156);
    private static final Color MARK = new Color(183, 28, 28);

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream content;
    private float y;
    private String pageMark;

    public PdfDocument() {
        newPage();
    }

    /**
     * A line printed in the top and the bottom margin of every page, however many the document grows to (a draft's
     * "not published"): a page printed or passed on alone still says what it is.
     */
    public PdfDocument markEveryPage(String mark) {
        this.pageMark = mark;
        return this;
    }

    public PdfDocument title(String text) {
        return line(text, bold, 18, 26);
    }

    public PdfDocument heading(String text) {
        space(200 > y ? 0 : 6);
        ensure(60);
        return line(text, bold, 13, 20);
    }

    public PdfDocument text(String text) {
        for (String line : wrap(text, regular, 10, WIDTH)) {
            line(line, regular, 10, 14);
        }
        return this;
    }

    /**
     * A wrapped paragraph in bold and the marking colour: what a reader must not miss next to a figure (that it is
     * still preliminary), also when the page is printed in grey.
     */
    public PdfDocument notice(String text) {
        try {
            content.setNonStrokingColor(MARK);
            for (String line : wrap(text, bold, 10, WIDTH)) {
                if (y - 14 < MARGIN) {
                    newPage();
                    content.setNonStrokingColor(MARK);
                }
                write(line, bold, 10, MARGIN);
                y -= 14;
            }
            content.setNonStrokingColor(Color.BLACK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public PdfDocument bullet(String text) {
        List<String> lines = wrap(text, regular, 10, WIDTH - 12);
        for (int i = 0; i < lines.size(); i++) {
            ensure(14);
            write((i == 0 ? "- " : "  ") + lines.get(i), regular, 10, MARGIN);
            y -= 14;
        }
        return this;
    }

    /**
     * An image (PNG or JPEG, e.g. the gemeente's logo) at the left, scaled down to at most {@code maxHeight} points
     * high and the text width. Bytes PDFBox cannot read are left out: a logo never breaks the document.
     *
     * @return whether the image was placed
     */
    public boolean image(byte[] bytes, float maxHeight) {
        if (bytes == null || bytes.length == 0) {
            return false;
        }
        try {
            PDImageXObject image = PDImageXObject.createFromByteArray(document, bytes, "logo");
            float scale = Math.min(1, Math.min(maxHeight / image.getHeight(), WIDTH / image.getWidth()));
            float width = image.getWidth() * scale;
            float height = image.getHeight() * scale;
            ensure(height + 6);
            content.drawImage(image, MARGIN, y - height, width, height);
            y -= height + 6;
            return true;
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    public PdfDocument space(float points) {
        y -= points;
        return this;
    }

    /** One bar: a value and an optional second value (e.g. baseline and final), with its label and amount text. */
    public record Bar(String label, double value, Double second, String amount) {
    }

    /** Horizontal bars scaled to the largest value; a second value is drawn as a thinner grey bar below. */
    public PdfDocument bars(List<Bar> bars) {
        double max = bars.stream().mapToDouble(b -> Math.max(b.value(), b.second() == null ? 0 : b.second()))
                .max().orElse(0);
        float labelWidth = 170;
        float barWidth = WIDTH - labelWidth - 110;
        for (Bar bar : bars) {
            ensure(bar.second() == null ? 16 : 22);
            write(bar.label(), regular, 9, MARGIN);
            float length = max <= 0 ? 0 : (float) (barWidth * bar.value() / max);
            rect(MARGIN + labelWidth, y - 2, Math.max(length, 0.5f), 9, BAR);
            if (bar.second() != null) {
                float second = max <= 0 ? 0 : (float) (barWidth * bar.second() / max);
                rect(MARGIN + labelWidth, y - 8, Math.max(second, 0.5f), 5, BAR_2);
            }
            write(bar.amount(), regular, 9, MARGIN + labelWidth + barWidth + 8);
            y -= bar.second() == null ? 16 : 22;
        }
        return this;
    }

    /** A radar (spider) chart of scores 0-100 with one axis per label; a null score is drawn at 0, labelled "n.v.t.". */
    public PdfDocument radar(List<String> labels, List<Integer> scores) {
        float size = 230;
        ensure(size + 20);
        float cx = MARGIN + WIDTH / 2;
        float cy = y - size / 2 - 5;
        float r = 80;
        int n = labels.size();
        try {
            content.setStrokingColor(new Color(200, 200, 200));
            content.setLineWidth(0.5f);
            for (int ring = 1; ring <= 4; ring++) {
                polygon(cx, cy, r * ring / 4, n, null);
                content.stroke();
            }
            for (int i = 0; i < n; i++) {
                double angle = angle(i, n);
                content.moveTo(cx, cy);
                content.lineTo(cx + (float) (r * Math.cos(angle)), cy + (float) (r * Math.sin(angle)));
                content.stroke();
            }
            content.setStrokingColor(BAR);
            content.setNonStrokingColor(new Color(46, 125, 50, 90));
            content.setLineWidth(1.5f);
            polygon(cx, cy, r, n, scores);
            content.closeAndStroke();
            content.setNonStrokingColor(Color.BLACK);
            for (int i = 0; i < n; i++) {
                double angle = angle(i, n);
                Integer score = scores.get(i);
                String label = labels.get(i) + " (" + (score == null ? "n.v.t." : score) + ")";
                float tx = cx + (float) ((r + 12) * Math.cos(angle));
                float ty = cy + (float) ((r + 12) * Math.sin(angle));
                float width = regular.getStringWidth(PdfText.printable(label, regular)) / 1000 * 8;
                if (Math.cos(angle) < -0.1) {
                    tx -= width;
                } else if (Math.abs(Math.cos(angle)) <= 0.1) {
                    tx -= width / 2;
                }
                writeAt(label, regular, 8, tx, ty - 3);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= size + 10;
        return this;
    }

    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.close();
            content = null;
            if (pageMark != null) {
                stampMark();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (content != null) {
                content.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Drawn once the pages are all there, in the margins (MARGIN) that the flowing content never reaches.
    private void stampMark() throws IOException {
        String mark = PdfText.printable(pageMark, bold).replace('\n', ' ');
        float fontSize = 9;
        float x = (PDRectangle.A4.getWidth() - width(mark, bold, fontSize)) / 2;
        for (PDPage page : document.getPages()) {
            try (PDPageContentStream stamp = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                stamp.setNonStrokingColor(MARK);
                for (float baseline : new float[]{PDRectangle.A4.getHeight() - MARGIN / 2 - fontSize / 2,
                        MARGIN / 2 - fontSize / 2}) {
                    stamp.beginText();
                    stamp.setFont(bold, fontSize);
                    stamp.newLineAtOffset(x, baseline);
                    stamp.showText(mark);
                    stamp.endText();
                }
            }
        }
    }

    private static double angle(int i, int n) {
        return Math.PI / 2 - 2 * Math.PI * i / n;
    }

    private void polygon(float cx, float cy, float r, int n, List<Integer> scores) throws IOException {
        for (int i = 0; i < n; i++) {
            double angle = angle(i, n);
            float radius = scores == null ? r : r * (scores.get(i) == null ? 0 : scores.get(i)) / 100f;
            float px = cx + (float) (radius * Math.cos(angle));
            float py = cy + (float) (radius * Math.sin(angle));
            if (i == 0) {
                content.moveTo(px, py);
            } else {
                content.lineTo(px, py);
            }
        }
        content.closePath();
    }

    private PdfDocument line(String text, PDType1Font font, float fontSize, float leading) {
        ensure(leading);
        write(text, font, fontSize, MARGIN);
        y -= leading;
        return this;
    }

    private void write(String text, PDType1Font font, float fontSize, float x) {
        writeAt(text, font, fontSize, x, y - fontSize);
    }

    private void writeAt(String text, PDType1Font font, float fontSize, float x, float baseline) {
        try {
            content.beginText();
            content.setFont(font, fontSize);
            content.newLineAtOffset(x, baseline);
            content.showText(PdfText.printable(text, font).replace('\n', ' '));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rect(float x, float top, float width, float height, Color color) {
        try {
            content.setNonStrokingColor(color);
            content.addRect(x, top - height, width, height);
            content.fill();
            content.setNonStrokingColor(Color.BLACK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensure(float needed) {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(String text, PDType1Font font, float fontSize, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : PdfText.printable(text, font).split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, fontSize) > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(String text, PDType1Font font, float fontSize) {
        try {
            return font.getStringWidth(text) / 1000 * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
