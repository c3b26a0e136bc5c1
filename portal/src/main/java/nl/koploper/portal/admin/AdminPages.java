package nl.koploper.portal.admin;

import java.util.List;
import java.util.Map;
import nl.koploper.portal.api.Gateway;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Koploper team's page: the registered gemeenten. */
@Controller
class AdminPages {

    private static final ParameterizedTypeReference<Object> JSON = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;

    AdminPages(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/beheer")
    String gemeenten(Model model) {
        Object answer = gateway.asUser().get(JSON, "/api/tenants");
        model.addAttribute("gemeenten", answer instanceof Map<?, ?> page ? page.get("content")
                : answer instanceof List<?> list ? list : List.of());
        return "admin/gemeenten";
    }
}
