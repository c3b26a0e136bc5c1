package nl.koploper.notification.template;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values one message is filled with, formatted for its language: dates as people in that language write them,
 * in Europe/Amsterdam where meetings are planned.
 */
public final class MessageData {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Map<Language, DateTimeFormatter> DATE_TIME = Map.of(
            Language.NL, DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", Language.NL.locale()),
            Language.EN, DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Language.EN.locale()));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Map<Language, DateTimeFormatter> DATE = Map.of(
            Language.NL, DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Language.NL.locale()),
            Language.EN, DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Language.EN.locale()));

    private final Language language;
    private final Map<String, String> values = new LinkedHashMap<>();

    private MessageData(Language language) {
        this.language = language;
    }

    /** The value of a flag placeholder that is set (a section {@code {{#flag}}} shows); unset is empty. */
    public static final String YES = "yes";

    public static MessageData of(Language language, Branding branding, String recipientName) {
        MessageData data = new MessageData(language);
        data.values.putAll(branding.placeholders());
        data.values.put("recipient.name", recipientName == null ? "" : recipientName);
        return data;
    }

    public MessageData with(String placeholder, String value) {
        values.put(placeholder, value == null ? "" : value);
        return this;
    }

    public MessageData with(String placeholder, URI value) {
        return with(placeholder, value == null ? null : value.toString());
    }

    /** A flag: {@link #YES} when set, empty when not, for {@code {{#flag}}…{{/flag}}} and {@code {{^flag}}…{{/flag}}}. */
    public MessageData withFlag(String placeholder, boolean set) {
        return with(placeholder, set ? YES : null);
    }

    public MessageData with(String placeholder, int value) {
        return with(placeholder, Integer.toString(value));
    }

    public MessageData withDateTime(String placeholder, ZonedDateTime value) {
        return with(placeholder, value == null ? null
                : DATE_TIME.get(language).format(value.withZoneSameInstant(AMSTERDAM)));
    }

    /**
     * The end of something that starts at {@code start}: the time alone when it ends on the day it starts ("dinsdag 22
     * december 2026 om 19:30 tot 21:30"), the whole moment when it ends on another day.
     */
    public MessageData withEnd(String placeholder, ZonedDateTime start, ZonedDateTime end) {
        if (start == null || end == null) {
            return withDateTime(placeholder, end);
        }
        ZonedDateTime localStart = start.withZoneSameInstant(AMSTERDAM);
        ZonedDateTime localEnd = end.withZoneSameInstant(AMSTERDAM);
        return localStart.toLocalDate().equals(localEnd.toLocalDate())
                ? with(placeholder, TIME.format(localEnd)) : withDateTime(placeholder, end);
    }

    public MessageData withDate(String placeholder, LocalDate value) {
        return with(placeholder, value == null ? null : DATE.get(language).format(value));
    }

    public Language language() {
        return language;
    }

    public Map<String, String> values() {
        return Map.copyOf(values);
    }
}
