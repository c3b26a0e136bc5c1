package nl.koploper.footprint.calculation;

import java.util.List;
import nl.koploper.platform.web.ProblemTexts;

/**
 * The plausibility warnings in the language of the request (Dutch unless {@code Accept-Language: en}): the text is
 * chosen by the warning's {@code code} (and, for an empty theme, its field) when the answer is written, so a version
 * stored with the English text reads in Dutch too. The {@code code} and {@code field} never change with the language.
 */
public final class WarningTexts {

    private WarningTexts() {
    }

    public static List<Warning> of(List<Warning> warnings, ProblemTexts texts) {
        return warnings.stream().map(warning -> of(warning, texts)).toList();
    }

    private static Warning of(Warning warning, ProblemTexts texts) {
        Object[] args = switch (warning.code()) {
            case "electricity-per-m2" -> new Object[]{Plausibility.KWH_PER_M2_LOW, Plausibility.KWH_PER_M2_HIGH};
            case "electricity-per-fte" -> new Object[]{Plausibility.KWH_PER_FTE_LOW, Plausibility.KWH_PER_FTE_HIGH};
            default -> new Object[0];
        };
        String text = texts.text(List.of("warning." + warning.code() + "." + warning.field(),
                "warning." + warning.code()), warning.message(), args);
        return new Warning(warning.code(), warning.field(), text);
    }
}
