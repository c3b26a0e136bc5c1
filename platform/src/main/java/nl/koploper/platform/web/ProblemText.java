package nl.koploper.platform.web;

import java.util.Objects;

/**
 * A text of a problem answer for a person, in either language: the key of its Dutch text in the problems bundle
 * ({@code problems.properties} of the service, or the platform's), the arguments that fill it, and the English
 * text, which answers {@code Accept-Language: en} and is what logs and exception messages say.
 *
 * @param key     the message key, e.g. {@code rsvp.invalid}
 * @param english the English text, complete (its arguments already in it)
 * @param args    the arguments of the Dutch text ({@code {0}}, {@code {1}}, ... in the bundle)
 */
public record ProblemText(String key, String english, Object... args) {

    public ProblemText {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(english, "english");
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return english;
    }
}
