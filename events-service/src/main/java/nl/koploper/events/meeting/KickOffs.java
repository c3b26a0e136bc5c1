package nl.koploper.events.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.contracts.cohort.CohortMinimumReached;
import nl.koploper.contracts.cohort.ParticipantSummary;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Proposes a cohort's kick-off when the cohort reaches its minimum: a DRAFT on the configured default evening, at a
 * placeholder location, with the placed participants as invitees. Nothing is sent until the coordinator has set the
 * place and confirmed it (the ordinary propose/confirm flow). At most one proposal per cohort, ever.
 */
@Component
@EnableConfigurationProperties(KickOffProperties.class)
public class KickOffs {

    private static final Logger log = LoggerFactory.getLogger(KickOffs.class);

    private final MeetingStore store;
    private final KickOffProperties defaults;

    KickOffs(MeetingStore store, KickOffProperties defaults) {
        this.store = store;
        this.defaults = defaults;
    }

    /**
     * @param now the consumer's clock: an old event (replayed from the dead-letter topic) still gets a future date
     * @return whether a proposal was made; false when the cohort already has a kick-off (proposed, scheduled or held,
     * by this or by the coordinator) or had one proposed before
     */
    public boolean proposeFor(CohortMinimumReached reached, Instant now) {
        if (store.hasKickOff(reached.cohortId())) {
            return false;
        }
        Instant from = reached.reachedAt() == null || reached.reachedAt().isBefore(now) ? now : reached.reachedAt();
        MeetingPlan plan = new MeetingPlan(MeetingType.KICK_OFF, title(reached.cohortName()), null,
                defaultTime(from), Location.at(defaults.locationPlaceholder()), null);
        try {
            store.insert(Meeting.proposeKickOff(TenantContext.require(), reached.cohortId(), plan,
                    invitees(reached), true, now));
            return true;
        } catch (DuplicateKeyException alreadyProposed) {
            // Its id follows from the cohort: this is a redelivery, or a proposal the coordinator has since cancelled.
            return false;
        }
    }

    /** The first configured weekday evening at least the configured number of days after {@code from}. */
    MeetingTime defaultTime(Instant from) {
        Instant earliest = from.plus(Duration.ofDays(defaults.minimumDaysAhead()));
        LocalDate day = earliest.atZone(MeetingTime.AMSTERDAM).toLocalDate()
                .with(TemporalAdjusters.nextOrSame(defaults.dayOfWeek()));
        MeetingTime time = on(day);
        return time.startInstant().isBefore(earliest) ? on(day.plusWeeks(1)) : time;
    }

    private MeetingTime on(LocalDate day) {
        return MeetingTime.inAmsterdam(LocalDateTime.of(day, defaults.start()), LocalDateTime.of(day, defaults.end()));
    }

    private String title(String cohortName) {
        String title = cohortName == null || cohortName.isBlank() ? defaults.title()
                : defaults.title() + " " + cohortName.strip();
        return title.length() > MeetingPlan.MAX_TITLE ? title.substring(0, MeetingPlan.MAX_TITLE) : title;
    }

    // A participant whose contact cannot be written to (no usable address) is left out and logged, rather than
    // keeping the whole cohort from its kick-off; the coordinator sees who is invited before confirming.
    private static List<Invitee> invitees(CohortMinimumReached reached) {
        List<Invitee> invitees = new ArrayList<>();
        for (ParticipantSummary participant : reached.participants() == null
                ? List.<ParticipantSummary>of() : reached.participants()) {
            if (participant == null || participant.contact() == null) {
                continue;
            }
            try {
                invitees.add(Invitee.participant(participant.participantId(), participant.contact().name(),
                        participant.contact().email(), participant.contact().locale()));
            } catch (InvalidInputException e) {
                log.warn("Participant {} of cohort {} is not invited to the proposed kick-off: {}",
                        participant.participantId(), reached.cohortId(), e.problems());
            }
        }
        return invitees;
    }
}
