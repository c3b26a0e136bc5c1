package nl.koploper.portal.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The juror's start page; the hand-ins and the rubric form come in the next increment of the portal. */
@Controller
class JuryPages {

    @GetMapping("/jury")
    String start() {
        return "jury/start";
    }
}
