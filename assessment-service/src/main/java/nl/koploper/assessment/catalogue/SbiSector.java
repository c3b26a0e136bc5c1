package nl.koploper.assessment.catalogue;

import java.util.regex.Pattern;

/**
 * Where an SBI code sits in the classification: its 2-digit division and the section letter (A-U) the division
 * belongs to (SBI 2008 / NACE rev. 2 sections; SBI 2025 keeps these divisions in the same sections). A recommendation
 * names the sectors it suits by section letter or by division.
 */
public final class SbiSector {

    /** A catalogue's sector entry: {@code *}, a section letter or a 2-digit division. */
    static final Pattern ENTRY = Pattern.compile("\\*|[A-U]|(0[1-9]|[1-9][0-9])");

    private static final String[] SECTION_OF_DIVISION = new String[100];

    static {
        section("A", 1, 3);
        section("B", 6, 9);
        section("C", 10, 33);
        section("D", 35, 35);
        section("E", 36, 39);
        section("F", 41, 43);
        section("G", 45, 47);
        section("H", 49, 53);
        section("I", 55, 56);
        section("J", 58, 63);
        section("K", 64, 66);
        section("L", 68, 68);
        section("M", 69, 75);
        section("N", 77, 82);
        section("O", 84, 84);
        section("P", 85, 85);
        section("Q", 86, 88);
        section("R", 90, 93);
        section("S", 94, 96);
        section("T", 97, 98);
        section("U", 99, 99);
    }

    private SbiSector() {
    }

    private static void section(String letter, int from, int to) {
        for (int division = from; division <= to; division++) {
            SECTION_OF_DIVISION[division] = letter;
        }
    }

    /** The division of an SBI code written with or without dots ({@code 24.10} or {@code 2410}), or null. */
    public static String divisionOf(String sbiCode) {
        if (sbiCode == null) {
            return null;
        }
        String digits = sbiCode.strip().replace(".", "");
        if (digits.length() < 2 || !digits.substring(0, 2).chars().allMatch(Character::isDigit)) {
            return null;
        }
        return digits.substring(0, 2);
    }

    /** The section letter of an SBI code, or null when the code has no known division. */
    public static String sectionOf(String sbiCode) {
        String division = divisionOf(sbiCode);
        return division == null ? null : SECTION_OF_DIVISION[Integer.parseInt(division)];
    }

    /** Whether a catalogue sector entry ({@code *}, a section letter or a division) covers the organisation's code. */
    public static boolean covers(String entry, String sbiCode) {
        if ("*".equals(entry)) {
            return true;
        }
        if (entry == null) {
            return false;
        }
        return entry.equals(divisionOf(sbiCode)) || entry.equals(sectionOf(sbiCode));
    }
}
