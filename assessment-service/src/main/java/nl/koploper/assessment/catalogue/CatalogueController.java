package nl.koploper.assessment.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import nl.koploper.platform.web.InvalidInputException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogues, read-only, for every logged-in role: the same for all gemeenten (it is data shipped with the
 * service, not a gemeente's own), so there is nothing to isolate.
 */
@RestController
@Validated
@RequestMapping("/api/assessments/catalogue")
class CatalogueController {

    private final IssueCatalogue issues;
    private final RecommendationCatalogue recommendations;

    CatalogueController(IssueCatalogue issues, RecommendationCatalogue recommendations) {
        this.issues = issues;
        this.recommendations = recommendations;
    }

    /** One core subject with its issues, in clause order. */
    record CoreSubjectView(CoreSubject code, String clause, String name, List<Iso26000Issue> issues) {
    }

    @GetMapping("/issues")
    @Operation(summary = "List the ISO 26000 core subjects with their issues, in clause order (every role)")
    List<CoreSubjectView> issues() {
        return Arrays.stream(CoreSubject.values())
                .map(subject -> new CoreSubjectView(subject, subject.clause(), subject.dutchName(),
                        issues.of(subject)))
                .toList();
    }

    /** Every recommendation, or those addressing one issue and/or suiting one SBI code. */
    @GetMapping("/recommendations")
    @Operation(summary = "List the recommendation catalogue, optionally only those for one issue and/or suiting "
            + "one SBI code (every role)")
    List<Recommendation> recommendations(
            @RequestParam(required = false) @Pattern(regexp = "6\\.[2-8](\\.[0-9]{1,2})?") String issue,
            @RequestParam(required = false) @Size(max = 10) @Pattern(regexp = "[0-9.]{2,10}") String sbiCode) {
        if (issue != null && !issues.contains(issue)) {
            throw new InvalidInputException("issue",
                    "'" + issue + "' is not an ISO 26000 issue of the catalogue");
        }
        return recommendations.recommendations().stream()
                .filter(r -> issue == null || r.issues().contains(issue))
                .filter(r -> sbiCode == null || r.suitsSector(sbiCode))
                .toList();
    }
}
