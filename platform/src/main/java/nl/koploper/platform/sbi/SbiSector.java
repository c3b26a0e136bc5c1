package nl.koploper.platform.sbi;

/**
 * Where an SBI code sits in the classification: its 2-digit division and the section letter (A-U) the division
 * belongs to (SBI 2008 / NACE rev. 2; SBI 2025 keeps these divisions in the same sections). The benchmarks compare
 * within a division, or within the section when the division has too few organisations; assessment-service matches
 * its recommendations' sectors by section letter or division.
 */
public final class SbiSector {

    private static final String[] SECTION_OF_DIVISION = new String[100];
    /** "00" to "99", so a division is named without building a string. */
    private static final String[] DIVISION_CODES = new String[100];

    static {
        for (int division = 0; division < 100; division++) {
            DIVISION_CODES[division] = (division < 10 ? "0" : "") + division;
        }
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
        int division = divisionNumber(sbiCode);
        return division < 0 ? null : DIVISION_CODES[division];
    }

    /** The section letter of an SBI code, or null when the code has no known division (such as 04 or 00). */
    public static String sectionOf(String sbiCode) {
        int division = divisionNumber(sbiCode);
        return division < 0 ? null : SECTION_OF_DIVISION[division];
    }

    /**
     * The first two digits after leading white space, skipping dots (as {@code strip().replace(".", "")} would),
     * or -1. Read in place: validation checks the code on every calculation, and the copies showed in the profile.
     */
    private static int divisionNumber(String sbiCode) {
        if (sbiCode == null) {
            return -1;
        }
        int i = 0;
        int length = sbiCode.length();
        while (i < length && Character.isWhitespace(sbiCode.charAt(i))) {
            i++;
        }
        int division = 0;
        int digits = 0;
        for (; i < length && digits < 2; i++) {
            char c = sbiCode.charAt(i);
            if (c == '.') {
                continue;
            }
            if (!Character.isDigit(c)) {
                return -1;
            }
            division = division * 10 + Character.digit(c, 10);
            digits++;
        }
        return digits == 2 ? division : -1;
    }
}
