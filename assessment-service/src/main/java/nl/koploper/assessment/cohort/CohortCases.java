package nl.koploper.assessment.cohort;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import nl.koploper.assessment.cases.AssessmentCase;
import nl.koploper.assessment.cases.CaseStore;
import nl.koploper.assessment.cases.Contact;
import nl.koploper.assessment.cases.Organisation;
import nl.koploper.contracts.cohort.ContactDetails;
import nl.koploper.contracts.cohort.ParticipantPromoted;
import nl.koploper.contracts.cohort.ParticipantRegistered;
import nl.koploper.platform.events.ReceivedEvent;
import nl.koploper.platform.events.RejectedEventException;
import org.springframework.stereotype.Component;

/**
 * Applies participant events to the cases, idempotently: the case id is the participant id, so a redelivered
 * registration finds the case it opened (the unique {@code _id} refuses a second insert), and promotions and
 * departures are applied through the case's remembered event ids.
 */
@Component
class CohortCases {

    private final CaseStore cases;
    private final Clock clock;

    CohortCases(CaseStore cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    void registered(ReceivedEvent<ParticipantRegistered> event) {
        ParticipantRegistered registered = event.payload();
        requireParticipant(registered.participantId());
        Organisation organisation = new Organisation(registered.organisationName(), registered.kvkNumber(),
                registered.organisationType(), digits(registered.sbiCode()), registered.sizeFte());
        // An existing case (this event redelivered, or the organisation already promoted or gone) stays as it is.
        cases.insertIfAbsent(AssessmentCase.registered(event, registered.participantId(), registered.cohortId(),
                registered.cohortName(), organisation, contact(registered.contact()), registered.waitlisted(),
                now()));
    }

    void promoted(ReceivedEvent<ParticipantPromoted> event) {
        ParticipantPromoted promoted = event.payload();
        requireParticipant(promoted.participantId());
        while (true) {
            Optional<AssessmentCase> existing = cases.find(promoted.participantId());
            if (existing.isPresent()) {
                if (existing.get().hasApplied(event.id())) {
                    return; // a redelivery: not even a save, so the case keeps its version (and its ETag)
                }
                cases.change(promoted.participantId(), null,
                        c -> c.promote(event, contact(promoted.contact()), now()));
                return;
            }
            if (cases.insertIfAbsent(AssessmentCase.promotedWithoutRegistration(event, promoted.participantId(),
                    promoted.cohortId(), promoted.cohortName(), promoted.organisationName(),
                    contact(promoted.contact()), now()))) {
                return;
            }
        }
    }

    /**
     * The organisation withdrew or was removed. Without a case (it left before this service saw it) a closed one is
     * kept, so that a late redelivery of its registration cannot open a case for an organisation that has left.
     */
    void left(ReceivedEvent<?> event, String cohortId, String participantId, String reason) {
        requireParticipant(participantId);
        while (true) {
            Optional<AssessmentCase> existing = cases.find(participantId);
            if (existing.isPresent()) {
                if (existing.get().hasApplied(event.id())) {
                    return; // a redelivery: not even a save, so the case keeps its version (and its ETag)
                }
                cases.change(participantId, null, c -> c.close(event, reason, now()));
                return;
            }
            if (cases.insertIfAbsent(AssessmentCase.leftUnseen(event, participantId, cohortId, reason, now()))) {
                return;
            }
        }
    }

    private static void requireParticipant(String participantId) {
        if (participantId == null || participantId.isBlank()) {
            throw new RejectedEventException("A participant event without a participant id names no case");
        }
    }

    private static Contact contact(ContactDetails details) {
        return details == null ? null
                : new Contact(details.name(), details.email(), details.phone(), details.locale());
    }

    private static String digits(String sbiCode) {
        return sbiCode == null ? null : sbiCode.strip().replace(".", "");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
