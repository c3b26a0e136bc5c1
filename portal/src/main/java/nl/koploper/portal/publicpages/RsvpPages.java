package nl.koploper.portal.publicpages;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import nl.koploper.portal.api.ApiProblem;
import nl.koploper.portal.api.Gateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page behind the personal link in a meeting invitation: the meeting, the invitee's answer, three buttons to
 * answer, and the meeting for the calendar. The signed token in the path is the only key (events-service verifies it);
 * a mail scanner that opens the link changes nothing, since answering is a POST with the page's CSRF token.
 */
@Controller
@RequestMapping("/rsvp/{token}")
class RsvpPages {

    private static final Set<String> ANSWERS = Set.of("ACCEPTED", "DECLINED", "TENTATIVE");

    private final Gateway gateway;

    RsvpPages(Gateway gateway) {
        this.gateway = gateway;
    }

    /** The invitation as events-service shows it to the link's holder. */
    record Invitation(String meetingId, String type, String title, String description, String start, String end,
                      String address, String onlineUrl, String status, String name, boolean active, String response,
                      Integer waitingListPosition) {
        public boolean cancelled() {
            return "CANCELLED".equals(status);
        }
    }

    @GetMapping
    String show(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        try {
            model.addAttribute("invitation", invitation(token));
        } catch (ApiProblem problem) {
            return unusable(problem, model);
        }
        return "public/rsvp";
    }

    @PostMapping
    String answer(@PathVariable String token, @RequestParam(required = false) String response, Model model,
                  RedirectAttributes redirect) {
        if (response == null || !ANSWERS.contains(response)) {
            return show(token, model);
        }
        try {
            gateway.asPublic().post(Invitation.class, java.util.Map.of("response", response),
                    "/api/public/meetings/rsvp/{token}", token);
        } catch (ApiProblem problem) {
            if (problem.status() == 409 || problem.status() == 422 || problem.status() == 400) {
                model.addAttribute("refused", true);
                return show(token, model);
            }
            return unusable(problem, model);
        }
        redirect.addFlashAttribute("answered", response);
        return "redirect:/rsvp/{token}";
    }

    /** The meeting as one calendar event (the invitation mail carries the same as an attachment). */
    @GetMapping("/agenda.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String token) {
        Invitation invitation = invitation(token);
        String ics = SingleEventCalendar.of(invitation.meetingId(), invitation.title(), invitation.description(),
                invitation.start(), invitation.end(), invitation.address() != null ? invitation.address()
                        : invitation.onlineUrl());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("bijeenkomst.ics").build().toString())
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    private Invitation invitation(String token) {
        return gateway.asPublic().get(Invitation.class, "/api/public/meetings/rsvp/{token}", token);
    }

    /** A link we did not sign (401), a closed one (410), a gemeente that is gone: a page that says so. */
    private static String unusable(ApiProblem problem, Model model) {
        if (problem.status() >= 500) {
            throw problem;
        }
        model.addAttribute("reason", switch (problem.status()) {
            case 410 -> "closed";
            case 401, 400 -> "invalid";
            default -> "gone";
        });
        return "public/rsvp-unusable";
    }
}
