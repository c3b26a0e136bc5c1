package nl.koploper.assessment.cases;

import java.util.ArrayList;
import java.util.List;
import nl.koploper.platform.mail.EmailAddresses;
import nl.koploper.platform.security.CurrentUser;
import nl.koploper.platform.security.Roles;
import nl.koploper.platform.web.NotFoundException;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The object-level checks: a coordinator (or the Koploper team, naming the gemeente) sees every case of the gemeente;
 * an advisor only the cases assigned to them (by their token's {@code email} claim equal to the assigned advisor's
 * address from the advisor register, case-insensitive; a case assigned before the register by the token's subject);
 * a participant only its own organisation's
 * case, recognised as cohort-service does, by the token's {@code email} claim equal to the contact's e-mail
 * (case-insensitive). Anything else is a 404, the same answer as for an id that does not exist, so that other
 * organisations' case ids cannot be probed.
 */
final class CaseAccess {

    private CaseAccess() {
    }

    static boolean seesAll(CurrentUser user) {
        return user.hasRole(Roles.COORDINATOR) || user.isPlatformAdmin();
    }

    /** The cases the caller may see, as a query; null for all of the gemeente. */
    static Criteria visibleTo(CurrentUser user) {
        if (seesAll(user)) {
            return null;
        }
        List<Criteria> own = new ArrayList<>();
        if (user.hasRole(Roles.ADVISOR)) {
            user.email().ifPresent(email -> own.add(Criteria.where("advisorEmailKey")
                    .is(EmailAddresses.normal(email))));
            own.add(Criteria.where("advisorEmailKey").is(null).and("advisorId").is(user.subject()));
        }
        if (user.hasRole(Roles.PARTICIPANT) && user.email().isPresent()) {
            own.add(Criteria.where("contactEmailKey").is(EmailAddresses.normal(user.email().get())));
        }
        if (own.isEmpty()) {
            return Criteria.where("_id").in(List.of()); // matches nothing
        }
        return new Criteria().orOperator(own);
    }

    /** The case if the caller may read it; a 404 otherwise. */
    static AssessmentCase readable(AssessmentCase assessmentCase, CurrentUser user) {
        if (assessmentCase.openedAt() != null && (seesAll(user) || isAdvisorOf(assessmentCase, user)
                || isParticipantOf(assessmentCase, user))) {
            return assessmentCase;
        }
        throw new NotFoundException("Assessment case", assessmentCase.id());
    }

    /**
     * The case if the caller may work on it (visit, review, profile): the coordinator or the assigned advisor; 404
     * for anyone else. (Participants never get this far: the endpoints that change a case refuse their role.)
     */
    static AssessmentCase workable(AssessmentCase assessmentCase, CurrentUser user) {
        if (assessmentCase.openedAt() != null
                && (user.hasRole(Roles.COORDINATOR) || isAdvisorOf(assessmentCase, user))) {
            return assessmentCase;
        }
        throw new NotFoundException("Assessment case", assessmentCase.id());
    }

    static boolean isAdvisorOf(AssessmentCase assessmentCase, CurrentUser user) {
        return user.hasRole(Roles.ADVISOR)
                && assessmentCase.assignedTo(user.subject(), user.email().orElse(null));
    }

    static boolean isParticipantOf(AssessmentCase assessmentCase, CurrentUser user) {
        return user.hasRole(Roles.PARTICIPANT) && user.email().map(assessmentCase::hasContactEmail).orElse(false);
    }
}
