package nl.koploper.notification.template;

import java.util.Locale;

/** The languages mail is written in. Dutch is the programme's language and the default. */
public enum Language {
    NL(Locale.forLanguageTag("nl-NL")),
    EN(Locale.forLanguageTag("en-GB"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A contact's locale as events carry it ({@code nl}, {@code en-GB}, null); anything unknown gets Dutch. */
    public static Language of(String tag) {
        if (tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en")) {
            return EN;
        }
        return NL;
    }
}
