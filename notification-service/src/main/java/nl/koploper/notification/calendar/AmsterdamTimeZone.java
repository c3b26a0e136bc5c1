package nl.koploper.notification.calendar;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * The VTIMEZONE for Europe/Amsterdam, written out by hand rather than taken from ical4j's bundled zoneinfo.
 *
 * <p>Two reasons. Since tzdata 2025a Amsterdam is a link to Brussels, and ical4j 4.4.0's bundled definition for
 * Europe/Amsterdam carries {@code TZID:Europe/Brussels}, which would not match the TZID parameter on DTSTART and
 * DTEND. And that definition holds every observance since 1835 (a few kilobytes in every mail), whereas clients only
 * need the rules in force: the EU summer-time rule since 1996, CEST from 02:00 on the last Sunday of March and CET
 * from 03:00 on the last Sunday of October. This is the form Outlook and Google Calendar send themselves.
 */
final class AmsterdamTimeZone {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final String TZID = "Europe/Amsterdam";

    private static final ZoneOffset CET = ZoneOffset.ofHours(1);
    private static final ZoneOffset CEST = ZoneOffset.ofHours(2);

    private AmsterdamTimeZone() {
    }

    static VTimeZone component() {
        VTimeZone timeZone = new VTimeZone();
        timeZone.add(new TzId(TZID));
        // 1996 is the first year of the current rule: the EU moved the end of summer time from the last Sunday of
        // September to that of October then. 1996-03-31 and 1996-10-27 are that year's two last Sundays.
        timeZone.add(observance(new Daylight(), "CEST", CET, CEST, LocalDateTime.of(1996, 3, 31, 2, 0), 3));
        timeZone.add(observance(new Standard(), "CET", CEST, CET, LocalDateTime.of(1996, 10, 27, 3, 0), 10));
        return timeZone;
    }

    private static Observance observance(Observance observance, String name, ZoneOffset from, ZoneOffset to,
                                         LocalDateTime firstOnset, int month) {
        observance.add(new TzName(name));
        observance.add(new TzOffsetFrom(from));
        observance.add(new TzOffsetTo(to));
        observance.add(new DtStart<>(firstOnset));
        observance.add(new RRule<>("FREQ=YEARLY;BYMONTH=" + month + ";BYDAY=-1SU"));
        return observance;
    }
}
