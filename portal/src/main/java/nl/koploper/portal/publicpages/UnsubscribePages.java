package nl.koploper.portal.publicpages;

import nl.koploper.portal.api.ApiProblem;
import nl.koploper.portal.api.Gateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unsubscribe link of reminder mail: the page shows what the link is for and asks to confirm with a button (mail
 * scanners open links; only the button's POST unsubscribes).
 */
@Controller
@RequestMapping("/afmelden")
class UnsubscribePages {

    private static final String API = "/api/public/notifications/unsubscribe?token={token}";

    private final Gateway gateway;

    UnsubscribePages(Gateway gateway) {
        this.gateway = gateway;
    }

    record Subscription(String gemeente, boolean unsubscribed) {
    }

    @GetMapping
    String show(@RequestParam(required = false) String token, Model model) {
        return page(token, model, false);
    }

    @PostMapping
    String unsubscribe(@RequestParam(required = false) String token, Model model) {
        return page(token, model, true);
    }

    private String page(String token, Model model, boolean unsubscribe) {
        model.addAttribute("token", token);
        if (token == null || token.isBlank()) {
            model.addAttribute("invalid", true);
            return "public/unsubscribe";
        }
        try {
            Subscription subscription = unsubscribe
                    ? gateway.asPublic().post(Subscription.class, null, API, token)
                    : gateway.asPublic().get(Subscription.class, API, token);
            model.addAttribute("subscription", subscription);
            model.addAttribute("justUnsubscribed", unsubscribe);
        } catch (ApiProblem problem) {
            if (problem.status() >= 500) {
                throw problem;
            }
            model.addAttribute("invalid", true);
        }
        return "public/unsubscribe";
    }
}
