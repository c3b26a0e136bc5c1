package nl.koploper.portal.advisor;

import static nl.koploper.portal.advisor.ReviewPages.EINDMETING_PATH;

import nl.koploper.portal.api.ApiProblem;
import nl.koploper.portal.api.Gateway;
import nl.koploper.portal.publicpages.PassedOn;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The eindmeting's steps around its form ({@link ReviewPages} fills it in): starting it from the case page
 * (assessment-service copies the nulmeting's answers into it, and allows it once, after a published profile), and
 * completing it ("afronden": it then counts in the gemeente's impact report and can no longer change, so the advisor
 * confirms it), and the completed eindmeting as the service's PDF.
 */
@Controller
@RequestMapping("/adviseur/organisaties/{caseId}")
class EindmetingPages {

    private final Gateway gateway;
    private final Refusals refusals;
    private final MessageSource messages;

    EindmetingPages(Gateway gateway, Refusals refusals, MessageSource messages) {
        this.gateway = gateway;
        this.refusals = refusals;
        this.messages = messages;
    }

    @PostMapping("/eindmeting/starten")
    String start(@PathVariable String caseId, @RequestParam String version, RedirectAttributes redirect) {
        try {
            gateway.asUser().postIfMatch(version, null, EINDMETING_PATH, caseId);
        } catch (ApiProblem problem) {
            redirect.addFlashAttribute("finalError", refusals.of(problem).general());
            return "redirect:/adviseur/organisaties/{caseId}#eindmeting";
        }
        redirect.addFlashAttribute("notice", text("adv.final.started"));
        return "redirect:/adviseur/organisaties/{caseId}/eindmeting";
    }

    @PostMapping("/eindmeting/afronden")
    String complete(@PathVariable String caseId, @RequestParam String version,
                    @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        if (!confirmed) {
            redirect.addFlashAttribute("completeError", text("adv.final.confirmFirst"));
            return "redirect:/adviseur/organisaties/{caseId}#eindmeting";
        }
        try {
            gateway.asUser().postIfMatch(version, null, EINDMETING_PATH + "/complete", caseId);
        } catch (ApiProblem problem) {
            redirect.addFlashAttribute("completeError", refusals.of(problem).general());
            return "redirect:/adviseur/organisaties/{caseId}#eindmeting";
        }
        redirect.addFlashAttribute("notice", text("adv.final.completed"));
        return "redirect:/adviseur/organisaties/{caseId}#eindmeting";
    }

    /** The completed eindmeting as the service prints it (before completion the service has none: its 404). */
    @GetMapping("/eindmeting.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String caseId) {
        return PassedOn.file(gateway.asUser().download(EINDMETING_PATH + ".pdf", caseId));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
