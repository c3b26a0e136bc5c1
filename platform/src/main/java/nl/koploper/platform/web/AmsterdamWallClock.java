package nl.koploper.platform.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one rule for a time the API reads into a {@link LocalDateTime} (a meeting's or a visit's start and end): it is
 * the wall-clock time in Europe/Amsterdam, the time on the invitation. Sent without an offset
 * ({@code 2027-06-01T10:00}) it is taken as it is; sent as an RFC 3339 instant ({@code 2027-06-01T10:00Z},
 * {@code 2027-06-01T12:00+02:00}) it is converted to the Amsterdam time of that instant, so both read 12:00.
 *
 * <p>Jackson's own reader, when lenient, drops a trailing {@code Z} and refuses an offset: {@code 10:00Z} became 10:00
 * in Amsterdam (two hours off in summer) while {@code 12:00+02:00} was a 400.
 */
public final class AmsterdamWallClock extends ValueDeserializer<LocalDateTime> {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** The module every service's JSON mapper gets (Spring Boot registers {@code JacksonModule} beans). */
    public static SimpleModule module() {
        return new SimpleModule("koploper-amsterdam-wall-clock").addDeserializer(LocalDateTime.class,
                new AmsterdamWallClock());
    }

    /** {@code instant} as Amsterdam time with its offset, as the API shows a moment: {@code 2027-03-01T23:59+01:00}. */
    public static OffsetDateTime offsetTime(Instant instant) {
        return instant.atZone(AMSTERDAM).toOffsetDateTime();
    }

    /** The Amsterdam wall-clock time {@code text} means, or a {@link DateTimeParseException}. */
    public static LocalDateTime parse(String text) {
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text.strip(), ZonedDateTime::from,
                LocalDateTime::from);
        if (parsed instanceof ZonedDateTime instant) {
            return instant.withZoneSameInstant(AMSTERDAM).toLocalDateTime();
        }
        return (LocalDateTime) parsed;
    }

    /**
     * The instant {@code text} names: an RFC 3339 time with {@code Z} or an offset as it is, a time without one as
     * Amsterdam wall-clock time (a deadline of "1 March, 23:59" means the Dutch evening). Throws a
     * {@link DateTimeParseException} for anything else.
     */
    public static Instant instant(String text) {
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text.strip(), ZonedDateTime::from,
                LocalDateTime::from);
        return parsed instanceof ZonedDateTime instant ? instant.toInstant()
                : ((LocalDateTime) parsed).atZone(AMSTERDAM).toInstant();
    }

    @Override
    public LocalDateTime deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (LocalDateTime) context.handleUnexpectedToken(LocalDateTime.class, parser);
        }
        String text = parser.getString();
        if (text.isBlank()) {
            return null;
        }
        try {
            return parse(text);
        } catch (DateTimeParseException e) {
            throw context.weirdStringException(text, LocalDateTime.class,
                    "not a date and time such as 2027-06-01T10:00 (Amsterdam time) or 2027-06-01T08:00Z");
        }
    }
}
