package nl.koploper.portal.coordinator;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.koploper.portal.api.ApiProblem;
import nl.koploper.portal.api.Gateway;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The gemeente's delivery log: which mails went out, which failed, and another go for a failed one. */
@Controller
@RequestMapping("/coordinator/e-mails")
class DeliveryPages {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    static final List<String> STATUSES = List.of("FAILED", "RETRY_SCHEDULED", "PENDING", "SENDING", "SENT");

    private final Gateway gateway;

    DeliveryPages(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping
    String deliveries(@RequestParam(required = false) String status, Model model) {
        String chosen = status != null && Set.copyOf(STATUSES).contains(status) ? status : null;
        Map<String, Object> page = chosen == null
                ? gateway.asUser().get(JSON, "/api/notifications/deliveries?size=100")
                : gateway.asUser().get(JSON, "/api/notifications/deliveries?size=100&status={s}", chosen);
        model.addAttribute("deliveries", CoordinatorPages.content(page));
        model.addAttribute("total", page == null ? 0 : page.get("totalElements"));
        model.addAttribute("status", chosen == null ? "" : chosen);
        model.addAttribute("statuses", STATUSES);
        return "coordinator/deliveries";
    }

    /** Another go for a failed mail, with a fresh set of attempts. */
    @PostMapping("/{id}/opnieuw")
    String retry(@PathVariable String id, @RequestParam(required = false, defaultValue = "") String status,
                 RedirectAttributes redirect) {
        try {
            Map<?, ?> mail = gateway.asUser().post(Map.class, null, "/api/notifications/deliveries/{id}/retry", id);
            redirect.addFlashAttribute("retried", String.valueOf(mail.get("recipient")));
        } catch (ApiProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            redirect.addFlashAttribute("notRetried", true);
        }
        redirect.addAttribute("status", status);
        return "redirect:/coordinator/e-mails";
    }

    /** How many mails of the gemeente failed for good: "Wat aandacht vraagt" shows them. */
    static long failed(Gateway gateway) {
        try {
            Map<?, ?> page = gateway.asUser().get(Map.class, "/api/notifications/deliveries?size=1&status=FAILED");
            return page != null && page.get("totalElements") instanceof Number n ? n.longValue() : 0;
        } catch (ApiProblem problem) {
            return 0;
        }
    }
}
