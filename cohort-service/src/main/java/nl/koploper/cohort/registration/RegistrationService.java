package nl.koploper.cohort.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.koploper.cohort.cohort.Cohort;
import nl.koploper.cohort.cohort.CohortStore;
import nl.koploper.cohort.cohort.Participant;
import nl.koploper.cohort.cohort.Registration;
import nl.koploper.platform.security.CurrentUser;
import nl.koploper.platform.security.Roles;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.PageView;
import org.springframework.stereotype.Service;

/**
 * Registration, withdrawal and removal of organisations, for the coordinator, the organisation itself and the public
 * form alike. Each is one change of the cohort document; racing changes are retried by {@link CohortStore}, so two
 * registrations for the last place both succeed, one with the place and one on the waiting list.
 */
@Service
class RegistrationService {

    private final CohortStore cohorts;
    private final Clock clock;

    RegistrationService(CohortStore cohorts, Clock clock) {
        this.cohorts = cohorts;
        this.clock = clock;
    }

    ParticipantView register(String cohortId, Registration registration) {
        return cohorts.change(cohortId, null, cohort ->
                ParticipantView.of(cohort, cohort.register(registration, now())));
    }

    /**
     * The public form's registration: a new one, or, for an organisation that already takes part, a
     * {@code RegistrationRepeated} event for its contact on record. Either way one write of the cohort document, and
     * nothing for the caller to tell them apart by.
     */
    void registerPublicly(String cohortId, Registration registration) {
        cohorts.change(cohortId, null, cohort -> cohort.registerOrRepeat(registration, now()));
    }

    /** Every registration of the cohort, active or former, in arrival order. */
    PageView<ParticipantView> list(String cohortId, int page, int size) {
        Cohort cohort = cohorts.get(cohortId);
        return PageView.slice(cohort.participants().stream().map(p -> ParticipantView.of(cohort, p)).toList(),
                page, size);
    }

    /** Every registration of the cohort, in registration order. */
    List<ParticipantView> all(String cohortId) {
        Cohort cohort = cohorts.get(cohortId);
        return cohort.participants().stream().map(p -> ParticipantView.of(cohort, p)).toList();
    }

    ParticipantView get(String cohortId, String participantId) {
        Cohort cohort = cohorts.get(cohortId);
        return ParticipantView.of(cohort, visibleToCaller(cohort, participantId));
    }

    ParticipantView withdraw(String cohortId, String participantId, String reason) {
        return cohorts.change(cohortId, null, cohort -> {
            visibleToCaller(cohort, participantId);
            return ParticipantView.of(cohort, cohort.withdraw(participantId, reason, now()));
        });
    }

    ParticipantView remove(String cohortId, String participantId, String reason) {
        return cohorts.change(cohortId, null, cohort ->
                ParticipantView.of(cohort, cohort.remove(participantId, reason, now())));
    }

    /**
     * The object-level check: a coordinator (or the Koploper team) sees every participant of its gemeente; a
     * participant user only the organisation whose contact e-mail its token carries. Anything else is a 404, the same
     * answer as for an id that does not exist, so that ids of other organisations cannot be probed.
     */
    private static Participant visibleToCaller(Cohort cohort, String participantId) {
        Participant participant = cohort.participant(participantId);
        CurrentUser user = CurrentUser.require();
        if (user.hasRole(Roles.COORDINATOR) || user.isPlatformAdmin()) {
            return participant;
        }
        boolean itself = user.hasRole(Roles.PARTICIPANT) && user.email()
                .map(email -> email.strip().equalsIgnoreCase(participant.contact().email()))
                .orElse(false);
        if (!itself) {
            throw new NotFoundException("Participant", participantId);
        }
        return participant;
    }

    // Millisecond precision, as the database keeps it: an answer then shows the same times as every later read.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
