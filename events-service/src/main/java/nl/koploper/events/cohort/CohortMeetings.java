package nl.koploper.events.cohort;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import nl.koploper.contracts.cohort.ContactDetails;
import nl.koploper.events.meeting.Invitee;
import nl.koploper.events.meeting.Meeting;
import nl.koploper.events.meeting.MeetingStore;
import nl.koploper.events.meeting.RsvpLinks;
import nl.koploper.platform.events.ReceivedEvent;
import org.springframework.stereotype.Component;

/** Applies a cohort event to each of the cohort's upcoming meetings, once per meeting. */
@Component
class CohortMeetings {

    private final MeetingStore store;
    private final RsvpLinks links;
    private final Clock clock;

    CohortMeetings(MeetingStore store, RsvpLinks links, Clock clock) {
        this.store = store;
        this.links = links;
        this.clock = clock;
    }

    /**
     * An organisation was placed: invited to the upcoming meetings that invite the whole cohort, and its advisor, if
     * it has one already (assigned before the placement arrived), to those that concern advisors.
     */
    void invite(ReceivedEvent<?> event, String cohortId, String participantId, ContactDetails contact,
                Optional<Invitee> advisor) {
        // The invitation is addressed to the contact person of the organisation, as the cohort's own mail is.
        // Only meetings that invite the whole cohort: a coordinator who listed whom to invite (or chose nobody) made a
        // choice that a later placement does not overrule.
        Invitee invitee = Invitee.participant(participantId, contact.name(), contact.email(), contact.locale());
        applyToUpcoming(event, cohortId, (meeting, now) -> {
            if (meeting.followsCohort()) {
                meeting.invite(invitee, links, now);
            }
            if (meeting.invitesAdvisors()) {
                advisor.ifPresent(a -> meeting.invite(a, links, now));
            }
        });
    }

    /**
     * An advisor was assigned to one of the cohort's placed organisations: invited to the upcoming meetings that invite
     * the cohort's advisors; the advisor it replaced, if it now advises none of the cohort's organisations, is
     * withdrawn from them.
     */
    void advisorAssigned(ReceivedEvent<?> event, String cohortId, Invitee advisor, boolean placed,
                         String previousAdvisorId, List<Invitee> currentAdvisors) {
        boolean previousStillAdvises = previousAdvisorId == null || currentAdvisors.stream()
                .anyMatch(a -> previousAdvisorId.equals(a.participantId()));
        applyToUpcoming(event, cohortId, (meeting, now) -> {
            if (!meeting.invitesAdvisors()) {
                return;
            }
            if (placed) {
                meeting.invite(advisor, links, now);
            }
            if (!previousStillAdvises && !previousAdvisorId.equals(advisor.participantId())) {
                meeting.withdrawAdvisor(previousAdvisorId, now, links);
            }
        });
    }

    /**
     * The organisation left: withdrawn from the upcoming meetings, and so is its advisor from those that concern
     * advisors when {@code releasedAdvisorId} names one who now advises none of the cohort's organisations.
     */
    void withdraw(ReceivedEvent<?> event, String cohortId, String participantId, String reason,
                  Optional<String> releasedAdvisorId) {
        applyToUpcoming(event, cohortId, (meeting, now) -> {
            meeting.withdrawParticipant(participantId, reason, links, now);
            if (meeting.invitesAdvisors()) {
                releasedAdvisorId.ifPresent(advisorId -> meeting.withdrawAdvisor(advisorId, now, links));
            }
        });
    }

    private void applyToUpcoming(ReceivedEvent<?> event, String cohortId, BiConsumer<Meeting, Instant> effect) {
        Instant now = clock.instant();
        for (Meeting upcoming : store.upcoming(cohortId, now)) {
            store.change(upcoming.id(), null, meeting -> {
                if (meeting.firstDeliveryOf(event)) {
                    effect.accept(meeting, now);
                }
                return meeting;
            });
        }
    }
}
