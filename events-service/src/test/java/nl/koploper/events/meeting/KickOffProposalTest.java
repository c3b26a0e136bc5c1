package nl.koploper.events.meeting;

import static nl.koploper.events.meeting.MeetingBuilder.COHORT_ID;
import static nl.koploper.events.meeting.MeetingBuilder.GEMEENTE;
import static nl.koploper.events.meeting.MeetingBuilder.LINKS;
import static nl.koploper.events.meeting.MeetingBuilder.NOW;
import static nl.koploper.events.meeting.MeetingBuilder.participants;
import static nl.koploper.events.meeting.Problems.assertRuleViolated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import nl.koploper.contracts.meeting.MeetingScheduled;
import nl.koploper.test.RecordedEvents;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KickOffProposalTest {

    static final KickOffProperties DEFAULTS = new KickOffProperties(null, null, null, null, null, null);
    static final KickOffs KICK_OFFS = new KickOffs(null, DEFAULTS);

    @Nested
    class DefaultTime {

        @Test
        void theFirstTuesdayEveningAtLeastTwoWeeksLater() {
            // Monday 11 January 2027: two weeks later is Monday the 25th, so Tuesday the 26th.
            MeetingTime time = KICK_OFFS.defaultTime(Instant.parse("2027-01-11T09:00:00Z"));

            assertThat(time.start()).isEqualTo(LocalDateTime.parse("2027-01-26T19:30"));
            assertThat(time.end()).isEqualTo(LocalDateTime.parse("2027-01-26T21:30"));
            assertThat(time.startIso()).isEqualTo("2027-01-26T19:30:00+01:00");
        }

        @Test
        void onATuesdayAfterHalfPastSevenTheSameWeekdayTwoWeeksLaterIsTooEarlyByAnHour() {
            // Tuesday 12 January 2027 20:30 Amsterdam: 26 January 19:30 is less than 14 days later.
            MeetingTime time = KICK_OFFS.defaultTime(Instant.parse("2027-01-12T19:30:00Z"));

            assertThat(time.start()).isEqualTo(LocalDateTime.parse("2027-02-02T19:30"));
        }

        @Test
        void inSummerTheEveningHasTheSummerOffset() {
            MeetingTime time = KICK_OFFS.defaultTime(Instant.parse("2027-03-20T12:00:00Z"));

            // Two weeks after 20 March is 3 April (a Saturday); the Tuesday after is 6 April, in summer time.
            assertThat(time.startIso()).isEqualTo("2027-04-06T19:30:00+02:00");
        }

        @Test
        void dayAndHoursAreConfigurable() {
            KickOffs thursdays = new KickOffs(null, new KickOffProperties(DayOfWeek.THURSDAY, LocalTime.of(15, 0),
                    LocalTime.of(17, 0), 7, "Gemeentehuis", "Kick-off"));

            MeetingTime time = thursdays.defaultTime(Instant.parse("2027-01-11T09:00:00Z"));

            assertThat(time.start()).isEqualTo(LocalDateTime.parse("2027-01-21T15:00"));
        }
    }

    @Nested
    class PlaceholderLocation {

        private Meeting proposal() {
            MeetingPlan plan = new MeetingPlan(MeetingType.KICK_OFF, "Startbijeenkomst", null,
                    KICK_OFFS.defaultTime(NOW), Location.at("Nog te bepalen"), null);
            return Meeting.proposeKickOff(GEMEENTE, COHORT_ID, plan, participants(1, 8), true, NOW);
        }

        @Test
        void theProposalIsADraftThatSendsNothingAndHasTheIdOfItsCohort() {
            Meeting meeting = proposal();

            assertThat(meeting.status()).isEqualTo(MeetingStatus.DRAFT);
            assertThat(meeting.pendingEvents()).isEmpty();
            assertThat(meeting.activeInvitations()).hasSize(8);
            assertThat(meeting.id()).isEqualTo(proposal().id()).isEqualTo(Meeting.kickOffId(COHORT_ID))
                    .isNotEqualTo(Meeting.kickOffId("another-cohort"));
            assertThat(meeting.locationToBeDecided()).isTrue();
        }

        @Test
        void cannotBeConfirmedWhileThePlaceIsStillToBeDecided() {
            Meeting meeting = proposal();

            assertRuleViolated(() -> meeting.confirm(LINKS, NOW), Meeting.RULE_LOCATION_TO_BE_DECIDED);
            // Moving only the time leaves the place undecided.
            meeting.reschedule(MeetingTime.inAmsterdam(LocalDateTime.parse("2027-02-02T19:00"),
                    LocalDateTime.parse("2027-02-02T21:00")), meeting.location(), LINKS, NOW);
            assertRuleViolated(() -> meeting.confirm(LINKS, NOW), Meeting.RULE_LOCATION_TO_BE_DECIDED);
            assertThat(meeting.status()).isEqualTo(MeetingStatus.DRAFT);
            assertThat(meeting.pendingEvents()).isEmpty();
        }

        @Test
        void onceThePlaceIsChosenConfirmingInvitesEveryone() {
            Meeting meeting = proposal();
            meeting.reschedule(meeting.time(), Location.at("Hooiweg 6, Zuidhorn"), LINKS, NOW);

            meeting.confirm(LINKS, NOW);

            assertThat(meeting.locationToBeDecided()).isFalse();
            MeetingScheduled scheduled = RecordedEvents.only(RecordedEvents.payloads(meeting), MeetingScheduled.class);
            assertThat(scheduled.recipients()).hasSize(8);
            assertThat(scheduled.meeting().location().address()).isEqualTo("Hooiweg 6, Zuidhorn");
        }
    }
}
