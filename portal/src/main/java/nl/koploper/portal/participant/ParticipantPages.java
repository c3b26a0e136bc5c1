package nl.koploper.portal.participant;

import java.util.List;
import java.util.Map;
import nl.koploper.portal.api.ApiProblem;
import nl.koploper.portal.api.Gateway;
import nl.koploper.portal.publicpages.PassedOn;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A participating organisation's pages: "my year" (where it stands in the Koploper year), its published
 * Duurzaamheidsprofiel and its DuOn-Agenda. Everything is read with the contact's own token: assessment-service
 * answers only the organisation's own case, so an id changed in the address shows nothing of another organisation.
 */
@Controller
class ParticipantPages {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;

    ParticipantPages(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/deelnemer")
    String myYear(Model model) {
        Map<String, Object> cases = gateway.asUser().get(JSON, "/api/assessments/cases");
        List<?> content = (List<?>) cases.getOrDefault("content", List.of());
        if (content.isEmpty()) {
            return "participant/no-case";
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) content.get(0);
        Map<String, Object> assessmentCase = gateway.asUser().get(JSON, "/api/assessments/cases/{id}", summary.get("id"));
        model.addAttribute("case", assessmentCase);
        model.addAttribute("year", MyYear.of(assessmentCase));
        return "participant/my-year";
    }

    @GetMapping("/profiel/{caseId}")
    String profile(@PathVariable String caseId, Model model) {
        Map<String, Object> assessmentCase = gateway.asUser().get(JSON, "/api/assessments/cases/{id}", caseId);
        Integer published = MyYear.latestPublishedProfile(assessmentCase);
        model.addAttribute("case", assessmentCase);
        if (published == null) {
            return "participant/no-profile";
        }
        model.addAttribute("profile", gateway.asUser().get(JSON, "/api/assessments/cases/{id}/profiles/{version}",
                caseId, published));
        return "participant/profile";
    }

    @GetMapping("/profiel/{caseId}/{version}.pdf")
    ResponseEntity<byte[]> profilePdf(@PathVariable String caseId, @PathVariable int version) {
        return PassedOn.file(gateway.asUser().download("/api/assessments/cases/{id}/profiles/{version}.pdf",
                caseId, version));
    }

    @GetMapping("/actieplan/{caseId}")
    String actionPlan(@PathVariable String caseId, Model model) {
        model.addAttribute("case", gateway.asUser().get(JSON, "/api/assessments/cases/{id}", caseId));
        try {
            model.addAttribute("plan", gateway.asUser().get(JSON, "/api/assessments/cases/{id}/action-plan", caseId));
        } catch (ApiProblem problem) {
            if (!problem.isNotFound()) {
                throw problem;
            }
            model.addAttribute("plan", null);
        }
        return "participant/action-plan";
    }
}
