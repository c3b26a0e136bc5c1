package nl.koploper.assessment.cases;

import java.util.List;
import nl.koploper.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The cases as the other features (action plan, PDF, impact report) see them, with the same object-level rules as
 * the case API: whoever may not see a case gets the 404 of a case that does not exist.
 */
@Component
public class CaseLookup {

    private final CaseStore store;

    CaseLookup(CaseStore store) {
        this.store = store;
    }

    /** The case if the current caller may read it (coordinator, its advisor, its participant, platform-admin). */
    public AssessmentCase readable(String caseId) {
        return CaseAccess.readable(store.get(caseId), CurrentUser.require());
    }

    /** Whether the current caller is the case's assigned advisor or its participant (who plan its actions). */
    public static boolean advisorOrParticipantOf(AssessmentCase assessmentCase, CurrentUser user) {
        return CaseAccess.isAdvisorOf(assessmentCase, user) || CaseAccess.isParticipantOf(assessmentCase, user);
    }

    /** The opened cases of the current gemeente (all, or of one cohort), for reports. */
    public List<AssessmentCase> opened(String cohortId) {
        return store.opened(cohortId);
    }

    /** A case of the current gemeente without access checks, for jobs that run without a caller. */
    public java.util.Optional<AssessmentCase> find(String caseId) {
        return store.find(caseId);
    }

}
