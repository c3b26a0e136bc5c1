package nl.koploper.events.cohort;

import nl.koploper.contracts.cohort.ParticipantPromoted;
import nl.koploper.contracts.cohort.ParticipantRegistered;
import nl.koploper.contracts.cohort.ParticipantRemoved;
import nl.koploper.contracts.cohort.ParticipantWithdrew;
import nl.koploper.platform.events.EventHandler;
import nl.koploper.platform.events.ReceivedEvent;
import org.springframework.stereotype.Component;

/** The cohort events that change who is invited to the cohort's meetings. */
final class CohortEventHandlers {

    private CohortEventHandlers() {
    }

    /** A registration with a place invites; one onto the cohort's waiting list waits for its promotion. */
    @Component
    static class Registered implements EventHandler<ParticipantRegistered> {

        private final CohortMeetings meetings;

        Registered(CohortMeetings meetings) {
            this.meetings = meetings;
        }

        @Override
        public void handle(ReceivedEvent<ParticipantRegistered> event) {
            ParticipantRegistered registered = event.payload();
            if (!registered.waitlisted()) {
                meetings.invite(event, registered.cohortId(), registered.participantId(), registered.contact());
            }
        }
    }

    @Component
    static class Promoted implements EventHandler<ParticipantPromoted> {

        private final CohortMeetings meetings;

        Promoted(CohortMeetings meetings) {
            this.meetings = meetings;
        }

        @Override
        public void handle(ReceivedEvent<ParticipantPromoted> event) {
            ParticipantPromoted promoted = event.payload();
            meetings.invite(event, promoted.cohortId(), promoted.participantId(), promoted.contact());
        }
    }

    @Component
    static class Withdrew implements EventHandler<ParticipantWithdrew> {

        private final CohortMeetings meetings;

        Withdrew(CohortMeetings meetings) {
            this.meetings = meetings;
        }

        @Override
        public void handle(ReceivedEvent<ParticipantWithdrew> event) {
            ParticipantWithdrew withdrew = event.payload();
            meetings.withdraw(event, withdrew.cohortId(), withdrew.participantId(), withdrew.reason());
        }
    }

    @Component
    static class Removed implements EventHandler<ParticipantRemoved> {

        private final CohortMeetings meetings;

        Removed(CohortMeetings meetings) {
            this.meetings = meetings;
        }

        @Override
        public void handle(ReceivedEvent<ParticipantRemoved> event) {
            ParticipantRemoved removed = event.payload();
            meetings.withdraw(event, removed.cohortId(), removed.participantId(), removed.reason());
        }
    }
}
