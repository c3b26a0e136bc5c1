package nl.koploper.cohort.assignment;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The juror's own list: the Koplopergroepen of its gemeente on whose jury it is, with each one's name, year,
 * assignment deadline and whether the scoring has closed, so that a juror needs no link to find its groups. What
 * is in a group (the hand-ins, the juror's own marks) stays with the existing juror reads.
 */
@RestController
class JudgingController {

    private final AssignmentService assignments;

    JudgingController(AssignmentService assignments) {
        this.assignments = assignments;
    }

    // A literal path: it takes precedence over the coordinator's GET /api/cohorts/{cohortId}.
    @GetMapping("/api/cohorts/judging")
    @PreAuthorize("hasRole('jury')")
    @Operation(summary = "List the gemeente's cohorts on whose jury the caller is, latest year first (jury)")
    List<CohortAssignmentView> judging() {
        return assignments.judging();
    }
}
