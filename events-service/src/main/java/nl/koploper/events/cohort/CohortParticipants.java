package nl.koploper.events.cohort;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.koploper.contracts.cohort.ContactDetails;
import nl.koploper.contracts.cohort.ParticipantSummary;
import nl.koploper.events.meeting.Invitee;
import nl.koploper.events.meeting.ParticipantDirectory;
import nl.koploper.platform.web.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The placed participants of the current gemeente's cohorts, kept from the cohort events this service consumes anyway
 * (registered with a place, promoted, withdrew, removed, and the list in "minimum reached"), so that a meeting planned
 * without an invitee list invites the cohort as it is. Idempotent by nature: each document is the participant's, and
 * an event no later than the leaving already kept changes nothing.
 */
@Component
class CohortParticipants implements ParticipantDirectory {

    private static final Logger log = LoggerFactory.getLogger(CohortParticipants.class);

    private final MongoTemplate mongo;

    CohortParticipants(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Placed (registered with a place, or promoted) at {@code at}. */
    void placed(String cohortId, String participantId, ContactDetails contact, Instant at) {
        if (cohortId == null || participantId == null) {
            return;
        }
        CohortParticipant earlier = mongo.findById(CohortParticipant.idOf(cohortId, participantId),
                CohortParticipant.class);
        if (earlier != null && earlier.leftAt() != null && (at == null || !at.isAfter(earlier.leftAt()))) {
            return;
        }
        save(cohortId, participantId, contact, at);
    }

    /**
     * The cohort's placed participants as a cohort-wide event lists them: adds whom this service did not know of yet
     * (placed before it kept the list), never overrides what a participant's own events said.
     */
    void known(String cohortId, List<ParticipantSummary> participants, Instant at) {
        if (cohortId == null || participants == null) {
            return;
        }
        for (ParticipantSummary participant : participants) {
            if (participant != null && participant.participantId() != null && mongo.findById(
                    CohortParticipant.idOf(cohortId, participant.participantId()), CohortParticipant.class) == null) {
                save(cohortId, participant.participantId(), participant.contact(), at);
            }
        }
    }

    /** Left the cohort (withdrew or was removed) at {@code at}. */
    void left(String cohortId, String participantId, Instant at) {
        if (cohortId == null || participantId == null) {
            return;
        }
        Instant leftAt = at == null ? Instant.EPOCH : at;
        CohortParticipant earlier = mongo.findById(CohortParticipant.idOf(cohortId, participantId),
                CohortParticipant.class);
        if (earlier == null) {
            // Not known here: remembered as gone, so an older placement delivered later does not place it.
            mongo.save(new CohortParticipant(CohortParticipant.idOf(cohortId, participantId), cohortId, participantId,
                    null, null, null, null, leftAt));
        } else if (earlier.leftAt() == null && (earlier.placedAt() == null || !earlier.placedAt().isAfter(leftAt))) {
            mongo.save(new CohortParticipant(earlier.id(), cohortId, participantId, earlier.contactName(),
                    earlier.email(), earlier.locale(), earlier.placedAt(), leftAt));
        }
    }

    /**
     * Keeps the advisor of one organisation of the cohort; an assignment no later than the one kept is a redelivery or
     * out of order and changes nothing.
     *
     * @return whether it was kept (so its effect on the meetings is due)
     */
    boolean advisorAssigned(String cohortId, String participantId, Invitee advisor, Instant assignedAt) {
        String id = CohortParticipant.idOf(cohortId, participantId);
        CohortAdvisor earlier = mongo.findById(id, CohortAdvisor.class);
        Instant at = assignedAt == null ? Instant.EPOCH : assignedAt;
        if (earlier != null && !at.isAfter(earlier.assignedAt())) {
            return false;
        }
        mongo.save(new CohortAdvisor(id, cohortId, participantId, advisor.participantId(), advisor.name(),
                advisor.email(), advisor.locale(), at));
        return true;
    }

    /** The organisation's advisor as last assigned, whether or not the organisation is placed (yet). */
    Optional<Invitee> advisorOf(String cohortId, String participantId) {
        CohortAdvisor advisor = mongo.findById(CohortParticipant.idOf(cohortId, participantId), CohortAdvisor.class);
        if (advisor == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Invitee.advisor(advisor.advisorId(), advisor.name(), advisor.email(), advisor.locale()));
        } catch (InvalidInputException e) {
            return Optional.empty(); // kept only with a usable address (AdvisorAssigned is refused otherwise)
        }
    }

    /**
     * The advisor the organisation had, if that advisor now advises none of the cohort's placed organisations (call
     * after {@link #left}): whom its leaving releases from the meetings that concern advisors.
     */
    Optional<String> advisorReleasedBy(String cohortId, String participantId) {
        CohortAdvisor advisor = mongo.findById(CohortParticipant.idOf(cohortId, participantId), CohortAdvisor.class);
        if (advisor == null) {
            return Optional.empty();
        }
        boolean stillAdvises = advisors(cohortId).stream().anyMatch(a -> advisor.advisorId().equals(a.participantId()));
        return stillAdvises ? Optional.empty() : Optional.of(advisor.advisorId());
    }

    /** Whether the organisation is placed in the cohort now. */
    boolean isPlaced(String cohortId, String participantId) {
        CohortParticipant participant = mongo.findById(CohortParticipant.idOf(cohortId, participantId),
                CohortParticipant.class);
        return participant != null && participant.placed();
    }

    @Override
    public List<Invitee> advisors(String cohortId) {
        java.util.Set<String> placed = new java.util.HashSet<>();
        mongo.find(Query.query(Criteria.where("cohortId").is(cohortId).and("leftAt").is(null)),
                CohortParticipant.class).forEach(p -> placed.add(p.participantId()));
        java.util.Map<String, Invitee> advisors = new java.util.LinkedHashMap<>();
        for (CohortAdvisor advisor : mongo.find(Query.query(Criteria.where("cohortId").is(cohortId))
                .with(Sort.by(Sort.Order.asc("assignedAt"), Sort.Order.asc("_id"))), CohortAdvisor.class)) {
            if (placed.contains(advisor.participantId()) && !advisors.containsKey(advisor.advisorId())) {
                advisors.put(advisor.advisorId(), Invitee.advisor(advisor.advisorId(), advisor.name(),
                        advisor.email(), advisor.locale()));
            }
        }
        return List.copyOf(advisors.values());
    }

    @Override
    public List<Invitee> placedParticipants(String cohortId) {
        List<Invitee> invitees = new ArrayList<>();
        for (CohortParticipant participant : mongo.find(Query.query(Criteria.where("cohortId").is(cohortId)
                        .and("leftAt").is(null))
                .with(Sort.by(Sort.Order.asc("placedAt"), Sort.Order.asc("_id"))), CohortParticipant.class)) {
            try {
                invitees.add(Invitee.participant(participant.participantId(), participant.contactName(),
                        participant.email(), participant.locale()));
            } catch (InvalidInputException e) {
                // As for the kick-off proposal: one unusable contact does not keep the cohort from its meeting.
                log.warn("Participant {} of cohort {} is not invited: {}", participant.participantId(), cohortId,
                        e.problems());
            }
        }
        return invitees;
    }

    private void save(String cohortId, String participantId, ContactDetails contact, Instant at) {
        mongo.save(new CohortParticipant(CohortParticipant.idOf(cohortId, participantId), cohortId, participantId,
                contact == null ? null : contact.name(), contact == null ? null : contact.email(),
                contact == null ? null : contact.locale(), at == null ? Instant.EPOCH : at, null));
    }
}
