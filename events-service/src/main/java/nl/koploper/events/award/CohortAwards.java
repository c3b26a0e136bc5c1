package nl.koploper.events.award;

import java.util.Optional;
import nl.koploper.contracts.cohort.AwardGranted;
import nl.koploper.platform.events.ProcessedEvents;
import nl.koploper.platform.events.ReceivedEvent;
import nl.koploper.platform.events.RejectedEventException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The awards of the current gemeente's cohorts: kept from {@code AwardGranted}, read by the symposium views. */
@Component
public class CohortAwards {

    private static final String CONSUMER = "events.award-granted";

    private final MongoTemplate mongo;
    private final ProcessedEvents processed;

    CohortAwards(MongoTemplate mongo, ProcessedEvents processed) {
        this.mongo = mongo;
        this.processed = processed;
    }

    /**
     * Keeps the award. Applied once per event id; of two grants for one cohort the later {@code grantedAt} wins, so
     * a redelivered older grant can never replace a correction.
     *
     * @throws RejectedEventException for a grant without cohort, winner or time (nothing is stored)
     */
    void grant(ReceivedEvent<AwardGranted> event) {
        AwardGranted granted = event.payload();
        if (blank(granted.cohortId()) || blank(granted.winnerOrganisationName()) || granted.grantedAt() == null) {
            throw new RejectedEventException("AwardGranted " + event.id()
                    + " lacks its cohort, the winner's organisation or the time it was granted");
        }
        processed.runOnce(CONSUMER, event, () -> {
            CohortAward earlier = mongo.findById(granted.cohortId(), CohortAward.class);
            if (earlier != null && earlier.grantedAt().isAfter(granted.grantedAt())) {
                return;
            }
            mongo.save(new CohortAward(granted.cohortId(), granted.participantId(),
                    granted.winnerOrganisationName().strip(),
                    blank(granted.motivation()) ? null : granted.motivation().strip(), granted.topOfRanking(),
                    granted.grantedAt(), event.id()));
        });
    }

    /** The cohort's award, once granted. */
    public Optional<AwardView> ofCohort(String cohortId) {
        if (cohortId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(cohortId, CohortAward.class)).map(AwardView::of);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
