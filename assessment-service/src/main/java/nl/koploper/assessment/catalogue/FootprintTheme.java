package nl.koploper.assessment.catalogue;

/**
 * The themes of footprint-service's CO2 footprint, as {@code FootprintCalculated.perThemeKg} names them, with the
 * Dutch names the portal shows them by ({@code theme.<code>} in its messages), so a PDF and the page say the same.
 */
public enum FootprintTheme {
    ELECTRICITY("Elektriciteit"),
    FUELS_AND_HEAT("Brandstoffen en warmte"),
    BUSINESS_TRANSPORT("Zakelijk vervoer"),
    COMMUTING("Woon-werkverkeer"),
    WATER("Water"),
    WASTE("Afval"),
    OTHER_SCOPE_3("Overig (scope 3)");

    /** What a theme footprint-service added later, and this service does not know yet, is called in print. */
    static final String UNKNOWN_THEME_NAME = "Overig";

    private final String dutchName;

    FootprintTheme(String dutchName) {
        this.dutchName = dutchName;
    }

    public String dutchName() {
        return dutchName;
    }

    /** The Dutch name of a theme code; never the code itself, which is English and means nothing to a reader. */
    public static String dutchName(String code) {
        for (FootprintTheme theme : values()) {
            if (theme.name().equals(code)) {
                return theme.dutchName;
            }
        }
        return UNKNOWN_THEME_NAME;
    }
}
