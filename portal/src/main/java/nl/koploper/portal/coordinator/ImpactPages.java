package nl.koploper.portal.coordinator;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koploper.portal.api.ApiProblem;
import nl.koploper.portal.api.Gateway;
import nl.koploper.portal.publicpages.PassedOn;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The impact report (assessment-service's {@code /api/assessments/impact}) of one group, or of all the gemeente's
 * groups together (the same call without {@code cohortId}): what the years achieved, for the gemeente's council and
 * partners, on the page with charts, as the service's PDF, and as a CSV for Excel.
 */
@Controller
@RequestMapping("/coordinator")
class ImpactPages {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;
    private final MessageSource messages;

    ImpactPages(Gateway gateway, MessageSource messages) {
        this.gateway = gateway;
        this.messages = messages;
    }

    @GetMapping("/groepen/{cohortId}/impact")
    String impact(@PathVariable String cohortId, Model model) {
        // The group first: another gemeente's group is "not found" here, before anything of the report is asked.
        Map<String, Object> cohort = gateway.asUser().get(JSON, "/api/cohorts/{id}", cohortId);
        model.addAttribute("cohort", cohort);
        Map<String, Object> report = report(cohortId);
        model.addAttribute("impact", report == null ? null : ImpactFigures.of(report));
        model.addAttribute("tab", "impact");
        model.addAttribute("base", "/coordinator/groepen/" + cohortId + "/impact");
        return "coordinator/impact";
    }

    /**
     * All the gemeente's groups together. The service counts the gemeente's open cases, so it answers (with zeros)
     * before any group started: the page then says there are no figures yet, as a group's page does.
     */
    @GetMapping("/impact")
    String gemeenteImpact(Model model) {
        var api = gateway.asUser();
        Map<String, Object> report = api.get(JSON, "/api/assessments/impact");
        ImpactFigures figures = ImpactFigures.of(report);
        List<Map<String, Object>> cohorts = CoordinatorPages.content(api.get(JSON, "/api/cohorts?size=100")).stream()
                .sorted(Comparator.comparing((Map<String, Object> c) -> -year(c))
                        .thenComparing(c -> String.valueOf(c.get("name"))))
                .toList();
        model.addAttribute("cohort", null);
        model.addAttribute("cohorts", cohorts);
        model.addAttribute("groupNames", groupNames(cohorts));
        model.addAttribute("impact", figures.participants() == 0 ? null : figures);
        model.addAttribute("base", "/coordinator/impact");
        return "coordinator/impact";
    }

    @GetMapping("/impact.pdf")
    ResponseEntity<byte[]> gemeentePdf() {
        return PassedOn.file(gateway.asUser().download("/api/assessments/impact.pdf"));
    }

    /** As a group's CSV, with each organisation's group named in its attendance row. */
    @GetMapping("/impact.csv")
    ResponseEntity<byte[]> gemeenteCsv() {
        var api = gateway.asUser();
        Map<String, Object> report = api.get(JSON, "/api/assessments/impact");
        Map<String, String> groups = groupNames(CoordinatorPages.content(api.get(JSON, "/api/cohorts?size=100")));
        String csv = ImpactCsv.of(ImpactFigures.of(report), text("co.impact.all.csvName"),
                String.valueOf(report.get("gemeenteName")), this::text, groups);
        return csvFile(csv, "impactrapportage-alle-groepen.csv");
    }

    /** The service's own PDF, passed on as it comes (type and file name); the group is checked first, as on the page. */
    @GetMapping("/groepen/{cohortId}/impact.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String cohortId) {
        gateway.asUser().get(JSON, "/api/cohorts/{id}", cohortId);
        return PassedOn.file(gateway.asUser().download("/api/assessments/impact.pdf?cohortId={id}", cohortId));
    }

    /** The same figures as the page, as a CSV the portal writes (see {@link ImpactCsv}). */
    @GetMapping("/groepen/{cohortId}/impact.csv")
    ResponseEntity<byte[]> csv(@PathVariable String cohortId) {
        Map<String, Object> cohort = gateway.asUser().get(JSON, "/api/cohorts/{id}", cohortId);
        Map<String, Object> report = gateway.asUser().get(JSON, "/api/assessments/impact?cohortId={id}", cohortId);
        String csv = ImpactCsv.of(ImpactFigures.of(report), String.valueOf(cohort.get("name")),
                String.valueOf(report.get("gemeenteName")), this::text, null);
        return csvFile(csv, "impactrapportage-" + fileName(cohort) + ".csv");
    }

    private static ResponseEntity<byte[]> csvFile(String csv, String fileName) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** The groups' names by id, to say which group an organisation of the gemeente-wide report is in. */
    private static Map<String, String> groupNames(List<Map<String, Object>> cohorts) {
        Map<String, String> names = new LinkedHashMap<>();
        cohorts.forEach(c -> names.put(String.valueOf(c.get("id")), String.valueOf(c.get("name"))));
        return names;
    }

    private static int year(Map<String, Object> cohort) {
        return cohort.get("year") instanceof Number n ? n.intValue() : 0;
    }

    /**
     * The report, or null while the group has none yet: assessment-service knows a group only once its year started
     * and the nulmeting cases opened, and answers 404 before that.
     */
    private Map<String, Object> report(String cohortId) {
        try {
            return gateway.asUser().get(JSON, "/api/assessments/impact?cohortId={id}", cohortId);
        } catch (ApiProblem problem) {
            if (problem.status() == 404) {
                return null;
            }
            throw problem;
        }
    }

    /** The group's name as a file name: letters without accents, digits and dashes. */
    private static String fileName(Map<String, Object> cohort) {
        String name = java.text.Normalizer.normalize(String.valueOf(cohort.get("name")), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return name.isEmpty() ? String.valueOf(cohort.get("id")) : name;
    }
}
