package nl.koploper.portal.publicpages;

import nl.koploper.portal.api.ApiProblem;
import nl.koploper.portal.api.Gateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Checking a certificate of participation: anyone with the code printed on it (or the link in its mail) sees which
 * organisation took part in which gemeente's Koplopergroep, and can download the certificate.
 */
@Controller
class CertificatePages {

    private final Gateway gateway;

    CertificatePages(Gateway gateway) {
        this.gateway = gateway;
    }

    record Verification(String organisationName, String cohortName, String gemeenteName, String issuedOn) {
    }

    @GetMapping("/certificaat")
    String form(@RequestParam(required = false) String code, Model model) {
        if (code != null && !code.isBlank()) {
            return "redirect:" + UriComponentsBuilder.fromPath("/certificaat/{code}").buildAndExpand(code.strip())
                    .encode().toUriString();
        }
        model.addAttribute("code", "");
        return "public/certificate-check";
    }

    @GetMapping("/certificaat/{code}")
    String verify(@PathVariable String code, Model model) {
        model.addAttribute("code", code);
        try {
            model.addAttribute("certificate",
                    gateway.asPublic().get(Verification.class, "/api/public/certificates/{code}", code));
        } catch (ApiProblem problem) {
            if (problem.status() >= 500) {
                throw problem;
            }
            model.addAttribute("notFound", problem.status() == 404);
            model.addAttribute("invalid", problem.status() == 400);
        }
        return "public/certificate-check";
    }

    @GetMapping("/certificaat/{code}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code) {
        return PassedOn.file(gateway.asPublic().download("/api/public/certificates/{code}/pdf", code));
    }
}
