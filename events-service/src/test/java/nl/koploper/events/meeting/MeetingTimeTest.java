package nl.koploper.events.meeting;

import static nl.koploper.events.meeting.MeetingBuilder.LINKS;
import static nl.koploper.events.meeting.MeetingBuilder.NOW;
import static nl.koploper.events.meeting.MeetingBuilder.TOWN_HALL;
import static nl.koploper.events.meeting.MeetingBuilder.aMeeting;
import static nl.koploper.events.meeting.Problems.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import nl.koploper.contracts.meeting.MeetingRescheduled;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.test.RecordedEvents;
import org.junit.jupiter.api.Test;

/** Meetings are planned on the Dutch wall clock; 2027's summer time runs from 28 March to 31 October. */
class MeetingTimeTest {

    private static LocalDateTime at(String local) {
        return LocalDateTime.parse(local);
    }

    @Test
    void meetingOnTheSpringForwardDayKeepsTenOClockAndStartsAtEightUtc() {
        Meeting meeting = aMeeting().from(at("2027-03-28T10:00"), at("2027-03-28T12:00")).scheduled();

        assertThat(meeting.time().start()).isEqualTo(at("2027-03-28T10:00"));
        assertThat(meeting.startsAt()).isEqualTo(Instant.parse("2027-03-28T08:00:00Z"));
        assertThat(meeting.endsAt()).isEqualTo(Instant.parse("2027-03-28T10:00:00Z"));
        assertThat(meeting.time().startWithOffset()).isEqualTo(OffsetDateTime.parse("2027-03-28T10:00+02:00"));
    }

    @Test
    void meetingOnTheFallBackDayKeepsTenOClockAndStartsAtNineUtc() {
        Meeting meeting = aMeeting().from(at("2027-10-31T10:00"), at("2027-10-31T12:00")).scheduled();

        assertThat(meeting.time().start()).isEqualTo(at("2027-10-31T10:00"));
        assertThat(meeting.startsAt()).isEqualTo(Instant.parse("2027-10-31T09:00:00Z"));
        assertThat(meeting.time().startIso()).isEqualTo("2027-10-31T10:00:00+01:00");
    }

    @Test
    void aWeeklySessionMovedAcrossTheSpringChangeStaysAtTenOnTheWallClock() {
        Meeting meeting = aMeeting().from(at("2027-03-21T10:00"), at("2027-03-21T12:00")).scheduled();
        assertThat(meeting.startsAt()).isEqualTo(Instant.parse("2027-03-21T09:00:00Z"));

        meeting.reschedule(MeetingTime.inAmsterdam(at("2027-03-28T10:00"), at("2027-03-28T12:00")), TOWN_HALL, LINKS,
                NOW);

        assertThat(meeting.startsAt()).isEqualTo(Instant.parse("2027-03-28T08:00:00Z"));
        MeetingRescheduled update = RecordedEvents.last(meeting, MeetingRescheduled.class);
        assertThat(update.previousStart()).isEqualTo("2027-03-21T10:00:00+01:00");
        assertThat(update.meeting().start()).isEqualTo("2027-03-28T10:00:00+02:00");
        assertThat(update.meeting().end()).isEqualTo("2027-03-28T12:00:00+02:00");
        assertThat(update.meeting().timeZone()).isEqualTo("Europe/Amsterdam");
    }

    @Test
    void halfPastTwoOnTheSpringForwardDayDoesNotExistAndIsRefusedNamingTheStart() {
        assertThatThrownBy(() -> MeetingTime.inAmsterdam(at("2027-03-28T02:30"), at("2027-03-28T04:00")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(tuple("start",
                                MeetingTime.NON_EXISTENT_LOCAL_TIME)));
    }

    @Test
    void anEndInTheSkippedHourIsRefusedNamingTheEnd() {
        assertInvalidField(() -> MeetingTime.inAmsterdam(at("2027-03-28T01:00"), at("2027-03-28T02:15")), "end");
    }

    @Test
    void anAmbiguousAutumnTimeTakesTheEarlierSummerTimeOffset() {
        MeetingTime time = MeetingTime.inAmsterdam(at("2027-10-31T02:30"), at("2027-10-31T04:00"));

        assertThat(time.startWithOffset()).isEqualTo(OffsetDateTime.parse("2027-10-31T02:30+02:00"));
        assertThat(time.startInstant()).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
        // 02:00-03:00 happens twice, so the meeting lasts two and a half hours, not one and a half.
        assertThat(time.endInstant()).isEqualTo(Instant.parse("2027-10-31T03:00:00Z"));
    }

    @Test
    void anEndBeforeTheStartIsRefusedNamingTheEnd() {
        assertInvalidField(() -> MeetingTime.inAmsterdam(at("2027-03-04T19:00"), at("2027-03-04T18:00")), "end");
    }

    @Test
    void anEndEqualToTheStartIsRefused() {
        assertInvalidField(() -> MeetingTime.inAmsterdam(at("2027-03-04T19:00"), at("2027-03-04T19:00")), "end");
    }

    @Test
    void aStartInThePastIsRefusedNamingTheStart() {
        assertInvalidField(() -> aMeeting().from(at("2027-01-04T19:00"), at("2027-01-04T21:00")).scheduled(),
                "start");
    }

    @Test
    void timesAreKeptToTheMinuteSoStraySecondsAreNotAReschedule() {
        Meeting meeting = aMeeting().scheduled();
        MeetingTime withSeconds = MeetingTime.inAmsterdam(at("2027-03-04T19:00:42.5"), at("2027-03-04T21:30:07"));

        assertThat(withSeconds).isEqualTo(aMeeting().time());
        assertThat(meeting.reschedule(withSeconds, TOWN_HALL, LINKS, NOW)).isFalse();
    }
}
