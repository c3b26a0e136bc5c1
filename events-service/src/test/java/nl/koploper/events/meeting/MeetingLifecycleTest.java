package nl.koploper.events.meeting;

import static nl.koploper.events.meeting.MeetingBuilder.COHORT_ID;
import static nl.koploper.events.meeting.MeetingBuilder.GEMEENTE;
import static nl.koploper.events.meeting.MeetingBuilder.LINKS;
import static nl.koploper.events.meeting.MeetingBuilder.NOW;
import static nl.koploper.events.meeting.MeetingBuilder.TOWN_HALL;
import static nl.koploper.events.meeting.MeetingBuilder.aMeeting;
import static nl.koploper.events.meeting.MeetingBuilder.participant;
import static nl.koploper.events.meeting.Problems.assertInvalidField;
import static nl.koploper.events.meeting.Problems.assertRuleViolated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import nl.koploper.contracts.Topics;
import nl.koploper.contracts.meeting.MeetingCancelled;
import nl.koploper.contracts.meeting.MeetingDetails;
import nl.koploper.contracts.meeting.MeetingInvitationAdded;
import nl.koploper.contracts.meeting.MeetingInvitationCancelled;
import nl.koploper.contracts.meeting.MeetingLocation;
import nl.koploper.contracts.meeting.MeetingRecipient;
import nl.koploper.contracts.meeting.MeetingRescheduled;
import nl.koploper.contracts.meeting.MeetingScheduled;
import nl.koploper.platform.events.PendingEvent;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.test.RecordedEvents;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MeetingLifecycleTest {

    static final Instant LATER = NOW.plus(Duration.ofDays(7));
    /** 4 March 2027 19:00 Amsterdam (+01:00): the default meeting's start. */
    static final Instant STARTS = Instant.parse("2027-03-04T18:00:00Z");
    static final Instant ENDS = Instant.parse("2027-03-04T20:30:00Z");
    static final MeetingTime A_WEEK_LATER = MeetingTime.inAmsterdam(LocalDateTime.parse("2027-03-11T19:00"),
            LocalDateTime.parse("2027-03-11T21:30"));
    static final Location ONLINE = Location.online("https://teams.example.nl/meet/koplopers");

    private static List<String> emails(List<MeetingRecipient> recipients) {
        return recipients.stream().map(MeetingRecipient::email).toList();
    }

    @Nested
    class Proposing {

        @Test
        void aProposedKickOffWaitsInDraftAndSendsNothing() {
            Meeting meeting = aMeeting().ofType(MeetingType.KICK_OFF).withParticipants(8).proposed();

            assertThat(meeting.status()).isEqualTo(MeetingStatus.DRAFT);
            assertThat(meeting.activeInvitations()).hasSize(8);
            assertThat(meeting.pendingEvents()).isEmpty();
        }

        @Test
        void confirmingSendsEveryInviteeOneInvitationWithSequenceZero() {
            Meeting meeting = aMeeting().ofType(MeetingType.KICK_OFF).withParticipants(8).proposed();

            meeting.confirm(LINKS, LATER);

            assertThat(meeting.status()).isEqualTo(MeetingStatus.SCHEDULED);
            MeetingScheduled scheduled = RecordedEvents.only(RecordedEvents.payloads(meeting), MeetingScheduled.class);
            assertThat(scheduled.recipients()).hasSize(8);
            assertThat(scheduled.meeting().sequence()).isZero();
            assertThat(scheduled.meeting().type()).isEqualTo("KICK_OFF");
            assertThat(scheduled.scheduledAt()).isEqualTo(LATER);
        }

        @Test
        void changingADraftSendsNothingAndKeepsSequenceZero() {
            Meeting meeting = aMeeting().proposed();

            meeting.reschedule(A_WEEK_LATER, ONLINE, LINKS, NOW);
            meeting.invite(participant(4), LINKS, NOW);
            meeting.withdrawParticipant("participant-1", "Teruggetrokken", LINKS, NOW);

            assertThat(meeting.pendingEvents()).isEmpty();
            assertThat(meeting.sequence()).isZero();
            meeting.confirm(LINKS, NOW);
            assertThat(emails(RecordedEvents.last(meeting, MeetingScheduled.class).recipients()))
                    .containsExactly("contact2@example.nl", "contact3@example.nl", "contact4@example.nl");
        }

        @Test
        void confirmingTwiceIsRefused() {
            Meeting meeting = aMeeting().scheduled();

            assertRuleViolated(() -> meeting.confirm(LINKS, LATER), "meeting-not-draft");
        }

        @Test
        void aDraftWhoseStartHasPassedMustBeRescheduledBeforeConfirming() {
            Meeting meeting = aMeeting().proposed();

            assertRuleViolated(() -> meeting.confirm(LINKS, STARTS), "meeting-already-started");
            meeting.reschedule(A_WEEK_LATER, TOWN_HALL, LINKS, STARTS);
            meeting.confirm(LINKS, STARTS);
            assertThat(meeting.status()).isEqualTo(MeetingStatus.SCHEDULED);
        }

        @Test
        void cancellingADraftSendsNothing() {
            Meeting meeting = aMeeting().proposed();

            meeting.cancel("Toch niet", NOW);

            assertThat(meeting.status()).isEqualTo(MeetingStatus.CANCELLED);
            assertThat(meeting.pendingEvents()).isEmpty();
        }
    }

    @Nested
    class Scheduling {

        @Test
        void theInvitationCarriesWhatNotificationServiceNeeds() {
            Meeting meeting = aMeeting().capacity(40).scheduled();

            MeetingScheduled scheduled = RecordedEvents.last(meeting, MeetingScheduled.class);
            Invitation first = meeting.activeInvitations().get(0);
            assertThat(scheduled.tenantId()).isEqualTo("westerkwartier");
            assertThat(scheduled.cohortId()).isEqualTo(COHORT_ID);
            assertThat(scheduled.meeting()).isEqualTo(new MeetingDetails(meeting.id(), meeting.uid(), 0,
                    "KNOWLEDGE_SESSION", "Kennissessie energie besparen",
                    "Drie Koplopers vertellen hoe zij hun gasverbruik halveerden.", "2027-03-04T19:00:00+01:00",
                    "2027-03-04T21:30:00+01:00", "Europe/Amsterdam",
                    new MeetingLocation("Hooiweg 6, 9801 AZ Zuidhorn", null), 40));
            assertThat(scheduled.recipients().get(0)).isEqualTo(new MeetingRecipient(first.id(), "participant-1",
                    "PARTICIPANT", "Contact 1", "contact1@example.nl", "nl",
                    "https://koploper.test/rsvp/westerkwartier/" + first.id() + "?until=" + STARTS));
        }

        @Test
        void eventsGoToTheMeetingTopicWithTheirVersionedTypeAndTheTimeOfTheChange() {
            Meeting meeting = aMeeting().scheduled();
            meeting.reschedule(A_WEEK_LATER, TOWN_HALL, LINKS, LATER);

            List<PendingEvent> events = meeting.pendingEvents();
            assertThat(events).extracting(PendingEvent::topic).containsOnly(Topics.MEETING_EVENTS);
            assertThat(events).extracting(PendingEvent::type).containsExactly(
                    "nl.koploper.meeting.meeting-scheduled.v1", "nl.koploper.meeting.meeting-rescheduled.v1");
            assertThat(events).extracting(PendingEvent::time).containsExactly(NOW, LATER);
        }

        @Test
        void theCalendarUidIsStableAndUniquePerMeeting() {
            Meeting one = aMeeting().scheduled();
            Meeting other = aMeeting().scheduled();

            assertThat(one.uid()).isEqualTo(one.id() + "@meetings.koploper.nl").isNotEqualTo(other.uid());
            one.reschedule(A_WEEK_LATER, ONLINE, LINKS, NOW);
            assertThat(RecordedEvents.last(one, MeetingRescheduled.class).meeting().uid()).isEqualTo(one.uid());
        }

        @Test
        void thePlanIsStoredAsGivenForTheGemeenteAndCohort() {
            Meeting meeting = aMeeting().ofType(MeetingType.SYMPOSIUM).capacity(150).scheduled();

            assertThat(meeting.tenantId()).isEqualTo(GEMEENTE.value());
            assertThat(meeting.cohortId()).isEqualTo(COHORT_ID);
            assertThat(meeting.type()).isEqualTo(MeetingType.SYMPOSIUM);
            assertThat(meeting.capacity()).isEqualTo(150);
            assertThat(meeting.placesLeft()).isEqualTo(150);
            assertThat(meeting.location()).isEqualTo(TOWN_HALL);
            assertThat(meeting.startsAt()).isEqualTo(STARTS);
            assertThat(meeting.endsAt()).isEqualTo(ENDS);
            assertThat(meeting.scheduledAt()).isEqualTo(NOW);
        }

        @Test
        void aNetworkActivityNeedsNoCohortButOtherMeetingsDo() {
            MeetingPlan network = aMeeting().ofType(MeetingType.NETWORK_ACTIVITY).plan();

            assertThat(Meeting.schedule(GEMEENTE, null, network, List.of(), LINKS, NOW).cohortId()).isNull();
            assertThatThrownBy(() -> Meeting.schedule(GEMEENTE, null, aMeeting().plan(), List.of(), LINKS, NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void theSamePersonListedTwiceIsInvitedOnce() {
            Meeting meeting = aMeeting().alsoInviting(participant(2))
                    .alsoInviting(Invitee.guest("Wethouder", "wethouder@westerkwartier.nl", "nl"))
                    .alsoInviting(Invitee.guest("Wethouder", "WETHOUDER@westerkwartier.nl", "nl"))
                    .scheduled();

            assertThat(meeting.activeInvitations()).hasSize(4);
        }

        @Test
        void twoOrganisationsSharingAContactAddressEachGetAnInvitation() {
            Meeting meeting = aMeeting()
                    .alsoInviting(Invitee.participant("participant-9", "Contact 1", "contact1@example.nl", "en"))
                    .scheduled();

            assertThat(meeting.activeInvitations()).hasSize(4);
        }
    }

    @Nested
    class Rescheduling {

        @Test
        void oneRescheduleRecordsOneUpdateListingEveryInviteeOnceWithTheNextSequence() {
            Meeting meeting = aMeeting().withParticipants(12)
                    .alsoInviting(Invitee.guest("Pers", "redactie@dvhn.example", "nl")).scheduled();
            int mark = RecordedEvents.mark(meeting);

            boolean changed = meeting.reschedule(A_WEEK_LATER, ONLINE, LINKS, LATER);

            assertThat(changed).isTrue();
            MeetingRescheduled update = RecordedEvents.only(RecordedEvents.since(meeting, mark),
                    MeetingRescheduled.class);
            assertThat(update.recipients()).hasSize(13);
            assertThat(update.recipients()).extracting(MeetingRecipient::invitationId).doesNotHaveDuplicates()
                    .containsExactlyElementsOf(meeting.activeInvitations().stream().map(Invitation::id).toList());
            assertThat(update.meeting().sequence()).isEqualTo(1);
            assertThat(update.meeting().location()).isEqualTo(new MeetingLocation(null,
                    "https://teams.example.nl/meet/koplopers"));
            assertThat(update.previousLocation()).isEqualTo(new MeetingLocation("Hooiweg 6, 9801 AZ Zuidhorn", null));
            assertThat(update.previousStart()).isEqualTo("2027-03-04T19:00:00+01:00");
            assertThat(meeting.sequence()).isEqualTo(1);
        }

        @Test
        void everyRescheduleRaisesTheSequenceByOne() {
            Meeting meeting = aMeeting().scheduled();

            meeting.reschedule(A_WEEK_LATER, TOWN_HALL, LINKS, NOW);
            meeting.reschedule(A_WEEK_LATER, ONLINE, LINKS, NOW);
            meeting.reschedule(aMeeting().time(), TOWN_HALL, LINKS, NOW);

            assertThat(RecordedEvents.payloads(meeting, MeetingRescheduled.class))
                    .extracting(update -> update.meeting().sequence()).containsExactly(1, 2, 3);
        }

        @Test
        void theUpdateCarriesFreshRsvpLinksValidUntilTheNewStart() {
            Meeting meeting = aMeeting().scheduled();

            meeting.reschedule(A_WEEK_LATER, TOWN_HALL, LINKS, NOW);

            assertThat(RecordedEvents.last(meeting, MeetingRescheduled.class).recipients())
                    .extracting(MeetingRecipient::rsvpUrl)
                    .allSatisfy(url -> assertThat(url).endsWith("?until=" + A_WEEK_LATER.startInstant()));
        }

        @Test
        void reschedulingToTheSameTimeAndPlaceRecordsNothing() {
            Meeting meeting = aMeeting().scheduled();
            int mark = RecordedEvents.mark(meeting);

            boolean changed = meeting.reschedule(aMeeting().time(), Location.at("Hooiweg 6, 9801 AZ Zuidhorn"), LINKS,
                    LATER);

            assertThat(changed).isFalse();
            assertThat(RecordedEvents.since(meeting, mark)).isEmpty();
            assertThat(meeting.sequence()).isZero();
        }

        @Test
        void withdrawnInviteesGetNoUpdate() {
            Meeting meeting = aMeeting().scheduled();
            meeting.withdrawParticipant("participant-2", null, LINKS, NOW);

            meeting.reschedule(A_WEEK_LATER, TOWN_HALL, LINKS, LATER);

            assertThat(emails(RecordedEvents.last(meeting, MeetingRescheduled.class).recipients()))
                    .containsExactly("contact1@example.nl", "contact3@example.nl");
        }

        @Test
        void reschedulingIntoThePastIsRefusedNamingTheStart() {
            Meeting meeting = aMeeting().scheduled();
            MeetingTime past = MeetingTime.inAmsterdam(LocalDateTime.parse("2027-01-04T19:00"),
                    LocalDateTime.parse("2027-01-04T21:00"));

            assertInvalidField(() -> meeting.reschedule(past, TOWN_HALL, LINKS, NOW), "start");
            assertThat(meeting.sequence()).isZero();
        }

        @Test
        void aMeetingThatHasStartedCannotBeRescheduled() {
            Meeting meeting = aMeeting().scheduled();

            assertRuleViolated(() -> meeting.reschedule(A_WEEK_LATER, TOWN_HALL, LINKS, STARTS),
                    "meeting-already-started");
        }

        @Test
        void aCancelledMeetingCannotBeRescheduled() {
            Meeting meeting = aMeeting().scheduled();
            meeting.cancel(null, NOW);

            assertRuleViolated(() -> meeting.reschedule(A_WEEK_LATER, TOWN_HALL, LINKS, NOW), "meeting-closed");
        }
    }

    @Nested
    class Cancelling {

        @Test
        void cancellingRecordsOneCancellationForEveryInviteeWithTheNextSequence() {
            Meeting meeting = aMeeting().withParticipants(10).scheduled();
            int mark = RecordedEvents.mark(meeting);

            meeting.cancel("  De spreker is ziek  ", LATER);

            MeetingCancelled cancelled = RecordedEvents.only(RecordedEvents.since(meeting, mark),
                    MeetingCancelled.class);
            assertThat(cancelled.recipients()).hasSize(10).extracting(MeetingRecipient::rsvpUrl).containsOnlyNulls();
            assertThat(cancelled.reason()).isEqualTo("De spreker is ziek");
            assertThat(cancelled.meeting().uid()).isEqualTo(meeting.uid());
            assertThat(cancelled.meeting().sequence()).isEqualTo(1);
            assertThat(meeting.status()).isEqualTo(MeetingStatus.CANCELLED);
            assertThat(meeting.cancelledAt()).isEqualTo(LATER);
        }

        @Test
        void cancellingTwiceIsRefused() {
            Meeting meeting = aMeeting().scheduled();
            meeting.cancel(null, NOW);

            assertRuleViolated(() -> meeting.cancel(null, LATER), "meeting-closed");
            assertThat(RecordedEvents.payloads(meeting, MeetingCancelled.class)).hasSize(1);
        }

        @Test
        void aMeetingThatHasStartedCannotBeCancelled() {
            Meeting meeting = aMeeting().scheduled();

            assertRuleViolated(() -> meeting.cancel(null, STARTS), "meeting-already-started");
        }
    }

    @Nested
    class InvitingLateRegistrants {

        @Test
        void aLateRegistrantGetsExactlyOneInvitationAndNobodyElseHearsAnything() {
            Meeting meeting = aMeeting().scheduled();
            meeting.reschedule(A_WEEK_LATER, TOWN_HALL, LINKS, NOW);
            int mark = RecordedEvents.mark(meeting);

            Invitation invitation = meeting.invite(participant(4), LINKS, LATER);

            MeetingInvitationAdded added = RecordedEvents.only(RecordedEvents.since(meeting, mark),
                    MeetingInvitationAdded.class);
            assertThat(added.recipient().invitationId()).isEqualTo(invitation.id());
            assertThat(added.recipient().email()).isEqualTo("contact4@example.nl");
            assertThat(added.recipient().rsvpUrl()).contains(invitation.id());
            // The late invitee gets the meeting as it now is, so its calendar matches everyone else's.
            assertThat(added.meeting().sequence()).isEqualTo(1);
            assertThat(added.meeting().start()).isEqualTo("2027-03-11T19:00:00+01:00");
            assertThat(meeting.activeInvitations()).hasSize(4);
        }

        @Test
        void invitingTheSameParticipantAgainChangesAndRecordsNothing() {
            Meeting meeting = aMeeting().scheduled();
            Invitation first = meeting.invite(participant(4), LINKS, LATER);
            int mark = RecordedEvents.mark(meeting);

            Invitation again = meeting.invite(participant(4), LINKS, LATER);

            assertThat(again).isSameAs(first);
            assertThat(RecordedEvents.since(meeting, mark)).isEmpty();
            assertThat(meeting.activeInvitations()).hasSize(4);
        }

        @Test
        void aParticipantWhoWithdrewAndRegisteredAgainGetsANewInvitation() {
            Meeting meeting = aMeeting().scheduled();
            Invitation before = meeting.invitationOfParticipant("participant-1").orElseThrow();
            meeting.withdrawParticipant("participant-1", null, LINKS, NOW);

            Invitation after = meeting.invite(participant(1), LINKS, LATER);

            assertThat(after.id()).isNotEqualTo(before.id());
            assertThat(RecordedEvents.last(meeting, MeetingInvitationAdded.class).recipient().invitationId())
                    .isEqualTo(after.id());
        }

        @Test
        void nobodyCanBeInvitedOnceTheMeetingHasStarted() {
            Meeting meeting = aMeeting().scheduled();

            assertRuleViolated(() -> meeting.invite(participant(4), LINKS, STARTS), "meeting-already-started");
        }
    }

    @Nested
    class WithdrawingParticipants {

        @Test
        void aWithdrawnParticipantAloneGetsACancellation() {
            Meeting meeting = aMeeting().scheduled();
            int mark = RecordedEvents.mark(meeting);

            Invitation withdrawn = meeting.withdrawParticipant("participant-2", "Teruggetrokken", LINKS, LATER)
                    .orElseThrow();

            MeetingInvitationCancelled cancelled = RecordedEvents.only(RecordedEvents.since(meeting, mark),
                    MeetingInvitationCancelled.class);
            assertThat(cancelled.recipient().invitationId()).isEqualTo(withdrawn.id());
            assertThat(cancelled.recipient().email()).isEqualTo("contact2@example.nl");
            assertThat(cancelled.reason()).isEqualTo("Teruggetrokken");
            assertThat(cancelled.meeting().sequence()).isEqualTo(1);
            assertThat(withdrawn.active()).isFalse();
            assertThat(meeting.activeInvitations()).hasSize(2);
        }

        @Test
        void aParticipantThatWasNotInvitedChangesNothing() {
            Meeting meeting = aMeeting().scheduled();
            int mark = RecordedEvents.mark(meeting);

            assertThat(meeting.withdrawParticipant("participant-99", null, LINKS, LATER)).isEmpty();
            assertThat(RecordedEvents.since(meeting, mark)).isEmpty();
        }

        @Test
        void aMeetingThatHasStartedKeepsItsInvitees() {
            Meeting meeting = aMeeting().scheduled();
            int mark = RecordedEvents.mark(meeting);

            assertThat(meeting.withdrawParticipant("participant-2", null, LINKS, STARTS)).isEmpty();
            assertThat(RecordedEvents.since(meeting, mark)).isEmpty();
            assertThat(meeting.activeInvitations()).hasSize(3);
        }

        @Test
        void theCoordinatorCanUninviteAGuest() {
            Meeting meeting = aMeeting().alsoInviting(Invitee.guest("Pers", "redactie@dvhn.example", "nl"))
                    .scheduled();
            Invitation guest = meeting.activeInvitations().get(3);

            meeting.withdrawInvitation(guest.id(), null, LINKS, LATER);

            assertThat(RecordedEvents.last(meeting, MeetingInvitationCancelled.class).recipient().kind())
                    .isEqualTo("GUEST");
            assertRuleViolated(() -> meeting.withdrawInvitation(guest.id(), null, LINKS, LATER),
                    "invitation-withdrawn");
        }
    }

    @Nested
    class Holding {

        @Test
        void aMeetingIsHeldOnceItHasEnded() {
            Meeting meeting = aMeeting().scheduled();

            meeting.markHeld(ENDS);

            assertThat(meeting.status()).isEqualTo(MeetingStatus.HELD);
            assertThat(meeting.heldAt()).isEqualTo(ENDS);
        }

        @Test
        void aMeetingCannotBeHeldBeforeItEnds() {
            Meeting meeting = aMeeting().scheduled();

            assertRuleViolated(() -> meeting.markHeld(ENDS.minusSeconds(1)), "meeting-not-ended");
        }

        @Test
        void aDraftOrCancelledMeetingIsNeverHeld() {
            Meeting cancelled = aMeeting().scheduled();
            cancelled.cancel(null, NOW);

            assertRuleViolated(() -> aMeeting().proposed().markHeld(ENDS), "meeting-not-scheduled");
            assertRuleViolated(() -> cancelled.markHeld(ENDS), "meeting-not-scheduled");
        }

        @Test
        void aHeldMeetingCanNoLongerChange() {
            Meeting meeting = aMeeting().scheduled();
            meeting.markHeld(ENDS);

            assertRuleViolated(() -> meeting.invite(participant(4), LINKS, ENDS), "meeting-closed");
            assertRuleViolated(() -> meeting.cancel(null, ENDS), "meeting-closed");
        }
    }

    @Nested
    class Validating {

        @Test
        void aLocationNeedsExactlyOneOfAddressAndLink() {
            assertInvalidField(() -> new Location(null, " "), "location");
            assertInvalidField(() -> new Location("Hooiweg 6", "https://teams.example.nl/x"), "location");
        }

        @Test
        void anOnlineLocationNeedsAWebLink() {
            assertInvalidField(() -> Location.online("teams meeting"), "location.onlineUrl");
            assertInvalidField(() -> Location.online("javascript:alert(1)"), "location.onlineUrl");
        }

        @Test
        void aPlanReportsEveryWrongFieldAtOnce() {
            assertThatThrownBy(() -> new MeetingPlan(null, " ", null,
                            aMeeting().time(), TOWN_HALL, 0))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.problems()).extracting(FieldProblem::field)
                                    .containsExactly("type", "title", "capacity"));
        }

        @Test
        void anInviteeNeedsANameAndAnEmailAddress() {
            assertInvalidField(() -> Invitee.guest("", "wethouder@westerkwartier.nl", "nl"), "name");
            assertInvalidField(() -> Invitee.guest("Wethouder", "wethouder", "nl"), "email");
            assertInvalidField(() -> Invitee.guest("Wethouder", "wethouder@westerkwartier.nl", "de"), "locale");
        }

        @Test
        void aParticipantInviteeNeedsItsParticipant() {
            assertInvalidField(() -> Invitee.participant(null, "Contact", "c@example.nl", "nl"), "participantId");
        }
    }
}
