package nl.koploper.portal.home;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A gemeente's house colour and what the frame may do with it while every text stays at WCAG 2.1 AA (contrast of at
 * least 4.5:1): the header band always takes it, with white or dark text, whichever reads; links and buttons take it
 * only when it reads on every background the portal puts them on, otherwise they keep the portal's own green. The
 * portal checks the colour again itself ({@link #parse}): only six hex digits ever reach a stylesheet.
 *
 * @param hex the colour as {@code #RRGGBB}, upper case
 */
public record HouseColour(String hex) implements Serializable {

    // First: the constants below are checked against it.
    private static final Pattern HEX = Pattern.compile("#[0-9A-F]{6}");
    /** WCAG 2.1 AA for normal text (1.4.3). */
    static final double AA = 4.5;
    static final HouseColour WHITE = new HouseColour("#FFFFFF");
    /** The portal's text colour ({@code --ink}). */
    static final HouseColour INK = new HouseColour("#1B1F23");
    /**
     * Where the ink does not read either (a mid grey: white 3.9:1, ink 4.2:1), black does: a colour on which white
     * falls short of 4.5:1 has a relative luminance above 0.18, which gives black at least 4.6:1.
     */
    static final HouseColour BLACK = new HouseColour("#000000");
    /** Where links and buttons stand: the page, and the tinted panels of portal.css (soft, success, error, attention). */
    static final List<HouseColour> LINK_BACKGROUNDS = List.of(WHITE, new HouseColour("#F3F6F4"),
            new HouseColour("#E6F4EA"), new HouseColour("#FDECEA"), new HouseColour("#FFF8E6"));

    public HouseColour {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("A house colour is #RRGGBB in upper case; got '" + hex + "'");
        }
    }

    /** The colour the platform sent, if it is {@code #RRGGBB} (either case); anything else is no colour. */
    public static Optional<HouseColour> parse(Object text) {
        if (text instanceof String value && value.length() == 7) {
            String upper = value.toUpperCase(Locale.ROOT);
            if (HEX.matcher(upper).matches()) {
                return Optional.of(new HouseColour(upper));
            }
        }
        return Optional.empty();
    }

    /** The six hex digits without {@code #}, as in the stylesheet's address. */
    public String digits() {
        return hex.substring(1);
    }

    /** Relative luminance as WCAG 2.1 defines it: 0 for black, 1 for white. */
    public double luminance() {
        return 0.2126 * linear(1) + 0.7152 * linear(3) + 0.0722 * linear(5);
    }

    /** The contrast ratio with {@code other}, from 1 (the same) to 21 (black and white). */
    public double contrastWith(HouseColour other) {
        double lighter = Math.max(luminance(), other.luminance());
        double darker = Math.min(luminance(), other.luminance());
        return (lighter + 0.05) / (darker + 0.05);
    }

    /** The contrast with the white page. */
    public double contrastWithWhite() {
        return contrastWith(WHITE);
    }

    /** The contrast of the header band's text on this colour. */
    public double headerContrast() {
        return contrastWith(headerText());
    }

    /** The text colour of the header band: white where it reads, else the portal's ink, else black. */
    public HouseColour headerText() {
        if (contrastWith(WHITE) >= AA) {
            return WHITE;
        }
        return contrastWith(INK) >= AA ? INK : BLACK;
    }

    /** Whether the header band's text is white (else dark). */
    public boolean whiteHeaderText() {
        return headerText().equals(WHITE);
    }

    /** Whether links (as text) and buttons (under white text) may take this colour. */
    public boolean readableAsLink() {
        return LINK_BACKGROUNDS.stream().allMatch(background -> contrastWith(background) >= AA);
    }

    /** A darker shade (three quarters of each channel), for hover: darker than a readable colour still reads. */
    public HouseColour darker() {
        StringBuilder shade = new StringBuilder("#");
        for (int at = 1; at < 7; at += 2) {
            shade.append(String.format(Locale.ROOT, "%02X", channel(at) * 3 / 4));
        }
        return new HouseColour(shade.toString());
    }

    private int channel(int at) {
        return Integer.parseInt(hex.substring(at, at + 2), 16);
    }

    private double linear(int at) {
        double value = channel(at) / 255.0;
        return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
