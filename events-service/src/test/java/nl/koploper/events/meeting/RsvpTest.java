package nl.koploper.events.meeting;

import static nl.koploper.events.meeting.MeetingBuilder.LINKS;
import static nl.koploper.events.meeting.MeetingBuilder.NOW;
import static nl.koploper.events.meeting.MeetingBuilder.aMeeting;
import static nl.koploper.events.meeting.MeetingLifecycleTest.LATER;
import static nl.koploper.events.meeting.MeetingLifecycleTest.STARTS;
import static nl.koploper.events.meeting.Problems.assertInvalidField;
import static nl.koploper.events.meeting.Problems.assertRuleViolated;
import static nl.koploper.events.meeting.RsvpResponse.ACCEPTED;
import static nl.koploper.events.meeting.RsvpResponse.DECLINED;
import static nl.koploper.events.meeting.RsvpResponse.NO_REPLY;
import static nl.koploper.events.meeting.RsvpResponse.TENTATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.koploper.contracts.meeting.MeetingPlaceGranted;
import nl.koploper.contracts.meeting.MeetingRsvpRecorded;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.test.RecordedEvents;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RsvpTest {

    private static String invitationOf(Meeting meeting, int participant) {
        return meeting.invitationOfParticipant("participant-" + participant).orElseThrow().id();
    }

    private static void respond(Meeting meeting, int participant, RsvpResponse response) {
        meeting.respond(invitationOf(meeting, participant), response, LINKS, LATER);
    }

    private static List<String> participantIds(List<Invitation> invitations) {
        return invitations.stream().map(Invitation::participantId).toList();
    }

    @Nested
    class Answering {

        @Test
        void everyInvitationStartsWithoutReply() {
            Meeting meeting = aMeeting().scheduled();

            assertThat(meeting.activeInvitations()).extracting(Invitation::response).containsOnly(NO_REPLY);
        }

        @Test
        void anAnswerIsRecordedWithItsTime() {
            Meeting meeting = aMeeting().scheduled();
            int mark = RecordedEvents.mark(meeting);

            Invitation invitation = meeting.respond(invitationOf(meeting, 1), TENTATIVE, LINKS, LATER);

            assertThat(invitation.response()).isEqualTo(TENTATIVE);
            assertThat(invitation.respondedAt()).isEqualTo(LATER);
            MeetingRsvpRecorded recorded = RecordedEvents.only(RecordedEvents.since(meeting, mark),
                    MeetingRsvpRecorded.class);
            assertThat(recorded.response()).isEqualTo("TENTATIVE");
            assertThat(recorded.recipient().invitationId()).isEqualTo(invitation.id());
            assertThat(recorded.waitlistPosition()).isNull();
        }

        @Test
        void anAnswerCanChangeUntilTheMeetingStarts() {
            Meeting meeting = aMeeting().scheduled();
            String invitation = invitationOf(meeting, 1);

            meeting.respond(invitation, ACCEPTED, LINKS, LATER);
            meeting.respond(invitation, DECLINED, LINKS, STARTS.minusSeconds(1));

            assertThat(meeting.invitation(invitation).response()).isEqualTo(DECLINED);
        }

        @Test
        void anAnswerAfterTheStartIsRefused() {
            Meeting meeting = aMeeting().scheduled();

            assertRuleViolated(() -> meeting.respond(invitationOf(meeting, 1), ACCEPTED, LINKS, STARTS),
                    "rsvp-closed");
        }

        @Test
        void theSameAnswerAgainRecordsNothing() {
            Meeting meeting = aMeeting().scheduled();
            respond(meeting, 1, ACCEPTED);
            int mark = RecordedEvents.mark(meeting);

            respond(meeting, 1, ACCEPTED);

            assertThat(RecordedEvents.since(meeting, mark)).isEmpty();
        }

        @Test
        void noReplyIsNotAnAnswer() {
            Meeting meeting = aMeeting().scheduled();

            assertInvalidField(() -> respond(meeting, 1, NO_REPLY), "response");
        }

        @Test
        void aDraftOrCancelledMeetingTakesNoAnswers() {
            Meeting draft = aMeeting().proposed();
            Meeting cancelled = aMeeting().scheduled();
            cancelled.cancel(null, NOW);

            assertRuleViolated(() -> respond(draft, 1, ACCEPTED), "meeting-not-scheduled");
            assertRuleViolated(() -> respond(cancelled, 1, ACCEPTED), "meeting-closed");
        }

        @Test
        void aWithdrawnInvitationCanNoLongerBeAnswered() {
            Meeting meeting = aMeeting().scheduled();
            String invitation = invitationOf(meeting, 1);
            meeting.withdrawParticipant("participant-1", null, LINKS, NOW);

            assertRuleViolated(() -> meeting.respond(invitation, ACCEPTED, LINKS, LATER), "invitation-withdrawn");
        }

        @Test
        void anUnknownInvitationIsNotFound() {
            Meeting meeting = aMeeting().scheduled();

            assertThatThrownBy(() -> meeting.respond("nope", ACCEPTED, LINKS, LATER))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    class Capacity {

        @Test
        void acceptancesBeyondCapacityGoToTheWaitingListInOrder() {
            Meeting meeting = aMeeting().withParticipants(5).capacity(2).scheduled();

            for (int n = 1; n <= 5; n++) {
                respond(meeting, n, ACCEPTED);
            }

            assertThat(participantIds(meeting.placed())).containsExactly("participant-1", "participant-2");
            assertThat(participantIds(meeting.waitingList()))
                    .containsExactly("participant-3", "participant-4", "participant-5");
            assertThat(meeting.placesLeft()).isZero();
            assertThat(RecordedEvents.payloads(meeting, MeetingRsvpRecorded.class))
                    .extracting(MeetingRsvpRecorded::waitlistPosition).containsExactly(null, null, 1, 2, 3);
        }

        @Test
        void aDeclineGivesThePlaceToTheFirstWaiting() {
            Meeting meeting = aMeeting().withParticipants(4).capacity(2).scheduled();
            for (int n = 1; n <= 4; n++) {
                respond(meeting, n, ACCEPTED);
            }
            int mark = RecordedEvents.mark(meeting);

            respond(meeting, 1, DECLINED);

            List<Object> recorded = RecordedEvents.since(meeting, mark);
            assertThat(recorded).hasSize(2).first().isInstanceOf(MeetingRsvpRecorded.class);
            MeetingPlaceGranted granted = (MeetingPlaceGranted) recorded.get(1);
            assertThat(granted.recipient().participantId()).isEqualTo("participant-3");
            assertThat(granted.vacatedBy()).isEqualTo(invitationOf(meeting, 1));
            assertThat(participantIds(meeting.placed())).containsExactly("participant-2", "participant-3");
            assertThat(participantIds(meeting.waitingList())).containsExactly("participant-4");
        }

        @Test
        void goingTentativeAlsoGivesUpThePlace() {
            Meeting meeting = aMeeting().withParticipants(2).capacity(1).scheduled();
            respond(meeting, 1, ACCEPTED);
            respond(meeting, 2, ACCEPTED);

            respond(meeting, 1, TENTATIVE);

            assertThat(participantIds(meeting.placed())).containsExactly("participant-2");
            assertThat(meeting.waitingList()).isEmpty();
        }

        @Test
        void aWaitingInviteeWhoDeclinesLeavesTheWaitingListAndNobodyIsGrantedAPlace() {
            Meeting meeting = aMeeting().withParticipants(3).capacity(1).scheduled();
            respond(meeting, 1, ACCEPTED);
            respond(meeting, 2, ACCEPTED);
            respond(meeting, 3, ACCEPTED);

            respond(meeting, 2, DECLINED);

            assertThat(participantIds(meeting.waitingList())).containsExactly("participant-3");
            assertThat(RecordedEvents.payloads(meeting, MeetingPlaceGranted.class)).isEmpty();
        }

        @Test
        void aWithdrawnParticipantsPlaceGoesToTheFirstWaiting() {
            Meeting meeting = aMeeting().withParticipants(2).capacity(1).scheduled();
            respond(meeting, 1, ACCEPTED);
            respond(meeting, 2, ACCEPTED);

            meeting.withdrawParticipant("participant-1", null, LINKS, LATER);

            assertThat(participantIds(meeting.placed())).containsExactly("participant-2");
            assertThat(RecordedEvents.last(meeting, MeetingPlaceGranted.class).recipient().participantId())
                    .isEqualTo("participant-2");
        }

        @Test
        void aDeclineWithNobodyWaitingJustFreesThePlace() {
            Meeting meeting = aMeeting().withParticipants(2).capacity(1).scheduled();
            respond(meeting, 1, ACCEPTED);

            respond(meeting, 1, DECLINED);

            assertThat(meeting.placesLeft()).isEqualTo(1);
            assertThat(RecordedEvents.payloads(meeting, MeetingPlaceGranted.class)).isEmpty();
        }

        @Test
        void withoutCapacityEveryAcceptanceGetsAPlace() {
            Meeting meeting = aMeeting().withParticipants(20).scheduled();

            for (int n = 1; n <= 20; n++) {
                respond(meeting, n, ACCEPTED);
            }

            assertThat(meeting.placed()).hasSize(20);
            assertThat(meeting.waitingList()).isEmpty();
            assertThat(meeting.placesLeft()).isNull();
        }
    }
}
