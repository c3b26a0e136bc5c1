package nl.koploper.portal.participant;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koploper.portal.api.ApiProblem;
import nl.koploper.portal.api.FormErrors;
import nl.koploper.portal.api.Gateway;
import nl.koploper.portal.api.ProblemMessages;
import nl.koploper.portal.charts.Bars;
import nl.koploper.portal.publicpages.PassedOn;
import nl.koploper.portal.user.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participant's CO2 footprint: its consumption data of a year, entered per theme or uploaded as a CSV file, and
 * the footprint footprint-service calculates from it (per theme and scope, warnings, benchmark); the participant
 * stores and calculates it itself. The organisation is always the participant's own: its id is the
 * {@code participantId} of the one case assessment-service gives it, never an id from the address; footprint-service
 * checks again that the token's e-mail is the data's contact, for reads and writes alike.
 */
@Controller
@RequestMapping("/deelnemer/co2/{year}")
class FootprintPages {

    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {
            };
    private static final String DATA = "/api/footprints/organisations/{id}/years/{year}";
    private static final Pattern CSV_LINE = Pattern.compile("^line (\\d+)(?::\\s*(.*))?$");
    static final List<String> THEMES = List.of("ELECTRICITY", "FUELS_AND_HEAT", "BUSINESS_TRANSPORT", "COMMUTING",
            "WATER", "WASTE", "OTHER_SCOPE_3");

    private final Gateway gateway;
    private final ProblemMessages problems;
    private final MessageSource messages;

    FootprintPages(Gateway gateway, ProblemMessages problems, MessageSource messages) {
        this.gateway = gateway;
        this.problems = problems;
        this.messages = messages;
    }

    // ------------------------------------------------------------------ the data

    @GetMapping
    String form(@PathVariable int year, Model model) {
        Map<String, Object> ownCase = OwnCase.of(gateway);
        Stored stored = stored(ownCase, year);
        return formPage(ownCase, year, stored.form(), stored.version(), stored.exists(), FormErrors.none(), model);
    }

    @PostMapping
    String save(@PathVariable int year, @RequestParam Map<String, String> parameters, Model model,
                RedirectAttributes redirect) {
        Map<String, Object> ownCase = OwnCase.of(gateway);
        String version = blankToNull(parameters.get("version"));
        ConsumptionForm form = ConsumptionForm.posted(parameters);
        Map<String, String> wrong = form.notNumbers();
        if (!wrong.isEmpty()) {
            Map<String, String> fields = new LinkedHashMap<>();
            wrong.keySet().forEach(path -> fields.put(path, text("problem.code.not-a-number")));
            return formPage(ownCase, year, form, version, version != null,
                    new FormErrors(text("problem.fields"), fields), model);
        }
        Map<String, Object> body = form.body(year, CurrentUser.require().email());
        try {
            gateway.asUser().putIfMatch(version, body, DATA, participantId(ownCase), year);
        } catch (ApiProblem problem) {
            return refused(ownCase, year, form, version, problem, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/deelnemer/co2/{year}/footprint";
    }

    private String refused(Map<String, Object> ownCase, int year, ConsumptionForm form, String version,
                           ApiProblem problem, Model model) {
        if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 404) {
            throw problem;
        }
        FormErrors errors = problems.of(problem);
        errors = errors.renamed(form.renamedPaths(errors.fields().keySet()));
        return formPage(ownCase, year, form, version, version != null, errors, model);
    }

    /** A CSV file (the format footprint-service reads and writes): sent on as it is, its problems listed by line. */
    @PostMapping("/csv")
    String upload(@PathVariable int year, @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(required = false) String version, Model model, RedirectAttributes redirect)
            throws IOException {
        Map<String, Object> ownCase = OwnCase.of(gateway);
        Stored stored = stored(ownCase, year);
        if (file == null || file.isEmpty()) {
            model.addAttribute("csvProblems", List.of(text("consumption.csv.none")));
            return formPage(ownCase, year, stored.form(), stored.version(), stored.exists(), FormErrors.none(), model);
        }
        try {
            gateway.asUser().putText(blankToNull(version), MediaType.parseMediaType("text/csv"),
                    new String(file.getBytes(), StandardCharsets.UTF_8), DATA + "/csv", participantId(ownCase), year);
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 404) {
                throw problem;
            }
            model.addAttribute("csvProblems", csvProblems(problem));
            return formPage(ownCase, year, stored.form(), stored.version(), stored.exists(), FormErrors.none(), model);
        }
        redirect.addFlashAttribute("uploaded", file.getOriginalFilename());
        return "redirect:/deelnemer/co2/{year}";
    }

    /** The stored data as a CSV file: a template to fill in and upload again. */
    @GetMapping("/gegevens.csv")
    ResponseEntity<byte[]> download(@PathVariable int year) {
        Map<String, Object> ownCase = OwnCase.of(gateway);
        return PassedOn.file(gateway.asUser().download(DATA + "/csv", participantId(ownCase), year));
    }

    // ------------------------------------------------------------------ the footprint

    @GetMapping("/footprint")
    String footprint(@PathVariable int year, Model model) {
        Map<String, Object> ownCase = OwnCase.of(gateway);
        String id = participantId(ownCase);
        model.addAttribute("case", ownCase);
        model.addAttribute("year", year);
        Stored stored = stored(ownCase, year);
        model.addAttribute("hasData", stored.exists());
        List<Map<String, Object>> versions = stored.exists()
                ? gateway.asUser().get(LIST, DATA + "/calculations?size=1", id, year) : List.of();
        if (!versions.isEmpty()) {
            Map<String, Object> latest = gateway.asUser().get(JSON, DATA + "/calculations/{version}", id, year,
                    versions.get(0).get("version"));
            FootprintModel footprint = FootprintModel.of(latest);
            model.addAttribute("footprint", footprint);
            model.addAttribute("outdated", versions.get(0).get("inputVersion") instanceof Number input
                    && stored.version() != null && !stored.version().equals("\"" + input + "\""));
            model.addAttribute("benchmark", benchmark(id, year));
        }
        return "participant/footprint";
    }

    /** Calculates the stored data: a new footprint version, which the footprint page then shows as the latest. */
    @PostMapping("/berekenen")
    String calculate(@PathVariable int year, RedirectAttributes redirect) {
        Map<String, Object> ownCase = OwnCase.of(gateway);
        gateway.asUser().post(JSON_MAP, null, DATA + "/calculations", participantId(ownCase), year);
        redirect.addFlashAttribute("calculated", true);
        return "redirect:/deelnemer/co2/{year}/footprint";
    }

    // ------------------------------------------------------------------ helpers

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Class<Map<String, Object>> JSON_MAP = (Class) Map.class;

    private record Stored(ConsumptionForm form, String version, boolean exists) {
    }

    @SuppressWarnings("unchecked")
    private Stored stored(Map<String, Object> ownCase, int year) {
        try {
            var data = gateway.asUser().getVersioned(DATA, participantId(ownCase), year);
            Object body = data.body().get("data");
            return new Stored(body instanceof Map<?, ?> map ? ConsumptionForm.of((Map<String, Object>) map)
                    : ConsumptionForm.empty(), data.etag(), true);
        } catch (ApiProblem problem) {
            if (!problem.isNotFound()) {
                throw problem;
            }
            return new Stored(ConsumptionForm.empty(), null, false);
        }
    }

    private Map<String, Object> benchmark(String id, int year) {
        try {
            return gateway.asUser().get(JSON, DATA + "/benchmark", id, year);
        } catch (ApiProblem problem) {
            if (!problem.isNotFound()) {
                throw problem;
            }
            return null;
        }
    }

    private String formPage(Map<String, Object> ownCase, int year, ConsumptionForm form, String version,
                            boolean exists, FormErrors errors, Model model) {
        model.addAttribute("case", ownCase);
        model.addAttribute("year", year);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("hasData", exists);
        model.addAttribute("errors", errors);
        model.addAttribute("sections", ConsumptionForm.SECTIONS);
        model.addAttribute("categories", ConsumptionForm.CATEGORIES);
        model.addAttribute("units", ConsumptionForm.UNITS);
        // what the API named but the form has no input for: shown above the form
        List<String> elsewhere = new ArrayList<>();
        errors.fields().forEach((field, message) -> {
            if (ConsumptionForm.SECTIONS.stream().flatMap(s -> s.fields().stream())
                    .noneMatch(f -> f.path().equals(field))) {
                elsewhere.add(message);
            }
        });
        model.addAttribute("otherErrors", elsewhere);
        // an error summary at the top, each linking to its input (the form is long)
        List<ConsumptionForm.Field> wrong = ConsumptionForm.SECTIONS.stream().flatMap(s -> s.fields().stream())
                .filter(f -> errors.has(f.path())).toList();
        model.addAttribute("wrongFields", wrong);
        return "participant/consumption";
    }

    /** The file's problems, one readable line each: "Regel 7 (elektriciteit, gekocht): ...". */
    private List<String> csvProblems(ApiProblem problem) {
        FormErrors errors = problems.of(problem);
        if (problem.errors().isEmpty()) {
            return List.of(errors.general());
        }
        List<String> lines = new ArrayList<>();
        for (ApiProblem.FieldError error : problem.errors()) {
            String field = error.field() == null ? "" : error.field();
            String message = errors.of(field);
            Matcher m = CSV_LINE.matcher(field);
            if (m.matches()) {
                String path = m.group(2);
                String fieldMessage = path == null ? null
                        : messages.getMessage("problem." + path + "." + error.code(), null, null, locale());
                String byCode = messages.getMessage("problem.code." + error.code(), null, null, locale());
                String what = fieldMessage != null ? fieldMessage : byCode != null ? byCode
                        : text("consumption.csv.serviceSays", error.message());
                lines.add(path == null ? text("consumption.csv.line", m.group(1), what)
                        : text("consumption.csv.lineField", m.group(1), path, what));
            } else if ("file".equals(field)) {
                lines.add(text("consumption.csv.wholeFile", message));
            } else {
                lines.add(field + ": " + message);
            }
        }
        return lines;
    }

    static String participantId(Map<String, Object> ownCase) {
        return String.valueOf(ownCase.get("participantId"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale());
    }

    private static java.util.Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** A stored footprint version as the pages show it: totals, charts per theme and scope, warnings. */
    record FootprintModel(Map<String, Object> raw, Map<String, BigDecimal> totals, Bars themes, Bars scopes,
                          List<Map<String, Object>> warnings, List<Map<String, Object>> factorProblems,
                          boolean preliminary, boolean complete) {

        public String totalTonnes() {
            return Bars.tonnes(totals.get("totalMarketBasedKg"));
        }

        public String locationTonnes() {
            return Bars.tonnes(totals.get("totalLocationBasedKg"));
        }

        @SuppressWarnings("unchecked")
        static FootprintModel of(Map<String, Object> view) {
            Map<String, BigDecimal> totals = new LinkedHashMap<>();
            if (view.get("totals") instanceof Map<?, ?> map) {
                map.forEach((k, v) -> totals.put(String.valueOf(k), decimal(v)));
            }
            Map<String, BigDecimal> themes = new LinkedHashMap<>();
            Map<String, Object> perTheme = view.get("perThemeKg") instanceof Map<?, ?> m
                    ? (Map<String, Object>) m : Map.of();
            for (String theme : THEMES) {
                if (perTheme.containsKey(theme)) {
                    themes.put("theme." + theme, decimal(perTheme.get(theme)));
                }
            }
            Map<String, BigDecimal> scopes = new LinkedHashMap<>();
            scopes.put("footprint.scope1", totals.get("scope1Kg"));
            scopes.put("footprint.scope2market", totals.get("scope2MarketBasedKg"));
            scopes.put("footprint.scope2location", totals.get("scope2LocationBasedKg"));
            scopes.put("footprint.scope3", totals.get("scope3Kg"));
            return new FootprintModel(view, totals, Bars.of(themes), Bars.of(scopes),
                    view.get("warnings") instanceof List<?> w ? (List<Map<String, Object>>) w : List.of(),
                    view.get("factorProblems") instanceof List<?> f ? (List<Map<String, Object>>) f : List.of(),
                    Boolean.TRUE.equals(view.get("preliminary")), !Boolean.FALSE.equals(view.get("complete")));
        }

        private static BigDecimal decimal(Object value) {
            return value == null ? null : new BigDecimal(value.toString());
        }
    }
}
