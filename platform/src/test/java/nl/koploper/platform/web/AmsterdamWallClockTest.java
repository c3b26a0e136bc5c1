package nl.koploper.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

class AmsterdamWallClockTest {

    record Visit(LocalDateTime start) {
    }

    private final JsonMapper json = JsonMapper.builder().addModule(AmsterdamWallClock.module()).build();

    @Test
    void aTimeWithoutAnOffsetIsTakenAsTheAmsterdamWallClockTime() {
        assertThat(read("2027-06-01T10:00")).isEqualTo(LocalDateTime.parse("2027-06-01T10:00"));
    }

    @Test
    void zAndAnyOffsetAreConvertedToAmsterdamTimeInSummerAndInWinter() {
        assertThat(read("2027-06-01T10:00Z")).isEqualTo(LocalDateTime.parse("2027-06-01T12:00"));
        assertThat(read("2027-06-01T12:00+02:00")).isEqualTo(LocalDateTime.parse("2027-06-01T12:00"));
        assertThat(read("2027-06-01T06:00-04:00")).isEqualTo(LocalDateTime.parse("2027-06-01T12:00"));
        assertThat(read("2027-01-10T10:00Z")).isEqualTo(LocalDateTime.parse("2027-01-10T11:00"));
        assertThat(read("2027-01-10T23:30:00Z")).isEqualTo(LocalDateTime.parse("2027-01-11T00:30"));
    }

    @Test
    void aMomentIsShownAsAmsterdamTimeWithItsOffsetInWinterAndInSummer() {
        assertThat(AmsterdamWallClock.offsetTime(Instant.parse("2027-03-01T22:59:00Z")))
                .hasToString("2027-03-01T23:59+01:00");
        assertThat(AmsterdamWallClock.offsetTime(Instant.parse("2027-06-01T10:00:00Z")))
                .hasToString("2027-06-01T12:00+02:00");
    }

    @Test
    void somethingThatIsNoDateTimeIsAFormatErrorOfTheField() {
        assertThatThrownBy(() -> read("1 juni 10 uur")).isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("not a date and time");
        assertThatThrownBy(() -> read("2027-06-01")).isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void aDeadlineWithoutAnOffsetIsTheAmsterdamEveningNotUtc() {
        assertThat(AmsterdamWallClock.instant("2027-03-01T23:59")).isEqualTo(Instant.parse("2027-03-01T22:59:00Z"));
        assertThat(AmsterdamWallClock.instant("2027-03-01T23:59:00+01:00"))
                .isEqualTo(Instant.parse("2027-03-01T22:59:00Z"));
        assertThat(AmsterdamWallClock.instant("2027-03-01T22:59:00Z")).isEqualTo(Instant.parse("2027-03-01T22:59:00Z"));
    }

    private LocalDateTime read(String start) {
        return json.readValue("{\"start\":\"" + start + "\"}", Visit.class).start();
    }
}
