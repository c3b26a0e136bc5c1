package nl.koploper.portal.advisor;

import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import nl.koploper.portal.api.Gateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The advisor's organisations: the cases assessment-service assigns to them, with where each stands. */
@Controller
class AdvisorPages {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;

    AdvisorPages(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/adviseur")
    String myOrganisations(Model model) {
        model.addAttribute("cases", gateway.asUser().get(JSON, "/api/assessments/cases?size=100").get("content"));
        return "advisor/organisations";
    }
}
