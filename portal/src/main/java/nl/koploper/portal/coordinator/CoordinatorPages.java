package nl.koploper.portal.coordinator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koploper.portal.api.ApiProblem;
import nl.koploper.portal.api.FormErrors;
import nl.koploper.portal.api.Gateway;
import nl.koploper.portal.api.ProblemMessages;
import nl.koploper.portal.home.WallClock;
import nl.koploper.portal.publicpages.PassedOn;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
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
 * The coordinator's pages: the gemeente's Koplopergroepen, one group's participants and waiting list, what needs
 * attention (a proposed kick-off, failed mails, withdrawals), and confirming a proposed meeting with its real place.
 */
@Controller
@RequestMapping("/coordinator")
class CoordinatorPages {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> SUBMISSIONS =
            new ParameterizedTypeReference<>() {
            };

    private final Gateway gateway;
    private final ProblemMessages problems;
    private final MessageSource messages;

    CoordinatorPages(Gateway gateway, ProblemMessages problems, MessageSource messages) {
        this.gateway = gateway;
        this.problems = problems;
        this.messages = messages;
    }

    /** Groups whose year is not over: only they can have a proposal waiting or a withdrawal that matters now. */
    private static final java.util.Set<String> RUNNING = java.util.Set.of("DRAFT", "OPEN", "STARTED");

    @GetMapping
    String cohorts(Model model) {
        var api = gateway.asUser();
        List<Map<String, Object>> cohorts = content(api.get(JSON, "/api/cohorts?size=100"));
        model.addAttribute("cohorts", cohorts);
        Instant now = Instant.now();
        List<Attention> groups = new ArrayList<>();
        for (Map<String, Object> cohort : cohorts) {
            if (RUNNING.contains(String.valueOf(cohort.get("status")))) {
                groups.add(Attention.ofGroup(cohort,
                        sideDish(() -> api.get(JSON, "/api/cohorts/{id}/participants?size=100", cohort.get("id"))),
                        sideDish(() -> api.get(JSON, "/api/meetings?cohortId={id}&size=100", cohort.get("id"))),
                        handIns(cohort), 0, now));
            }
        }
        model.addAttribute("attention", Attention.of(groups, DeliveryPages.failed(gateway)));
        return "coordinator/cohorts";
    }

    @GetMapping("/groepen/{cohortId}")
    String cohort(@PathVariable String cohortId, Model model) {
        var cohort = gateway.asUser().getVersioned("/api/cohorts/{id}", cohortId);
        model.addAttribute("cohort", cohort.body());
        model.addAttribute("cohortVersion", cohort.etag());
        model.addAttribute("canStart", "OPEN".equals(cohort.body().get("status"))
                && cohort.body().get("placed") instanceof Number placed
                && cohort.body().get("minimum") instanceof Number minimum && placed.intValue() >= minimum.intValue());
        List<Map<String, Object>> participants = content(gateway.asUser().get(JSON,
                "/api/cohorts/{id}/participants?size=100", cohortId));
        model.addAttribute("placed", participants.stream().filter(p -> "PLACED".equals(p.get("status"))).toList());
        model.addAttribute("waiting", participants.stream().filter(p -> "WAITLISTED".equals(p.get("status"))).toList());
        model.addAttribute("left", participants.stream()
                .filter(p -> !"PLACED".equals(p.get("status")) && !"WAITLISTED".equals(p.get("status"))).toList());
        List<Map<String, Object>> meetings = content(gateway.asUser().get(JSON, "/api/meetings?cohortId={id}&size=100",
                cohortId));
        model.addAttribute("meetings", meetings);
        model.addAttribute("attention", Attention.ofGroup(cohort.body(), participants, meetings,
                handIns(cohort.body()), DeliveryPages.failed(gateway), Instant.now()));
        return "coordinator/cohort";
    }

    /** Every registration of the group as a spreadsheet, as cohort-service writes it (Dutch columns, for Excel). */
    @GetMapping("/groepen/{cohortId}/deelnemers.csv")
    ResponseEntity<byte[]> participantsCsv(@PathVariable String cohortId) {
        return PassedOn.file(gateway.asUser().download("/api/cohorts/{id}/participants.csv", cohortId));
    }

    /** Starts the year of an open group that has its minimum: the nulmeting cases open, registration closes. */
    @PostMapping("/groepen/{cohortId}/starten")
    String start(@PathVariable String cohortId, @RequestParam String version, RedirectAttributes redirect) {
        try {
            gateway.asUser().postIfMatch(version, null, "/api/cohorts/{id}/start", cohortId);
            redirect.addFlashAttribute("started", true);
        } catch (ApiProblem problem) {
            if (problem.status() != 409 && problem.status() != 412) {
                throw problem;
            }
            redirect.addFlashAttribute("notStarted", problems.of(problem).general());
        }
        return "redirect:/coordinator/groepen/{cohortId}";
    }

    @GetMapping("/bijeenkomsten/{meetingId}/bevestigen")
    String confirmForm(@PathVariable String meetingId, Model model) {
        var meeting = gateway.asUser().getVersioned("/api/meetings/{id}", meetingId);
        MeetingForm form = MeetingForm.of(meeting.body());
        return confirmPage(meeting.body(), meeting.etag(), form, FormErrors.none(), model);
    }

    /** Sets the real place (and time) of a proposed meeting, then confirms it: the invitations go out. */
    @PostMapping("/bijeenkomsten/{meetingId}/bevestigen")
    String confirm(@PathVariable String meetingId, @RequestParam String version, MeetingForm form, Model model,
                   RedirectAttributes redirect) {
        FormErrors local = form.check(messages);
        if (local.any()) {
            var meeting = gateway.asUser().getVersioned("/api/meetings/{id}", meetingId);
            return confirmPage(meeting.body(), version, form, local, model);
        }
        String cohortId;
        try {
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("address", form.getAddress().strip());
            var placed = gateway.asUser().postIfMatch(version, Map.of("start", form.start().toString(),
                    "end", form.end().toString(), "location", location), "/api/meetings/{id}/reschedule", meetingId);
            var confirmed = gateway.asUser().postIfMatch(placed.etag(), null, "/api/meetings/{id}/confirm", meetingId);
            cohortId = String.valueOf(confirmed.body().get("cohortId"));
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403
                    || problem.status() == 404) {
                throw problem;
            }
            var meeting = gateway.asUser().getVersioned("/api/meetings/{id}", meetingId);
            return confirmPage(meeting.body(), meeting.etag(), form,
                    problems.of(problem).renamed(MeetingForm.FIELD_OF), model);
        }
        redirect.addFlashAttribute("confirmed", form.getAddress());
        return "redirect:/coordinator/groepen/" + cohortId;
    }

    private String confirmPage(Map<String, Object> meeting, String version, MeetingForm form, FormErrors errors,
                               Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("version", version);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "coordinator/confirm-meeting";
    }

    /**
     * A list the start page shows beside the groups: when a service cannot answer it now, the groups are still listed
     * (only a session that ended stops the page).
     */
    /** The group's hand-ins: only a started group has any (the assignment belongs to its year). */
    private List<Map<String, Object>> handIns(Map<String, Object> cohort) {
        if (!"STARTED".equals(cohort.get("status"))) {
            return List.of();
        }
        return ProgressPages.orEmpty(() -> gateway.asUser().get(SUBMISSIONS, "/api/cohorts/{id}/assignments",
                cohort.get("id")));
    }

    private static List<Map<String, Object>> sideDish(java.util.function.Supplier<Map<String, Object>> call) {
        try {
            return content(call.get());
        } catch (ApiProblem problem) {
            if (problem.status() == 401) {
                throw problem;
            }
            return List.of();
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> content(Map<String, Object> page) {
        Object content = page == null ? null : page.get("content");
        return content instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    /** The time and place of a meeting as the form edits them: a day and Dutch wall-clock times. */
    public static class MeetingForm {

        static final Map<String, String> FIELD_OF = Map.of("location.address", "address", "location", "address",
                "start", "date", "end", "endTime");

        private String date = "";
        private String startTime = "";
        private String endTime = "";
        private String address = "";

        static MeetingForm of(Map<String, Object> meeting) {
            MeetingForm form = new MeetingForm();
            WallClock planned = WallClock.ofStored(meeting.get("start"), meeting.get("end"));
            form.date = planned.date();
            form.startTime = planned.startTime();
            form.endTime = planned.endTime();
            if (!Boolean.TRUE.equals(meeting.get("locationToBeDecided"))
                    && meeting.get("location") instanceof Map<?, ?> location && location.get("address") != null) {
                form.address = String.valueOf(location.get("address"));
            }
            return form;
        }

        FormErrors check(MessageSource messages) {
            FormErrors errors = FormErrors.none();
            var locale = LocaleContextHolder.getLocale();
            if (parseDate() == null) {
                errors = errors.with("date", messages.getMessage("problem.code.not-a-date", null, locale));
            }
            if (parseTime(startTime) == null) {
                errors = errors.with("startTime", messages.getMessage("problem.code.not-a-time", null, locale));
            }
            if (parseTime(endTime) == null) {
                errors = errors.with("endTime", messages.getMessage("problem.code.not-a-time", null, locale));
            }
            if (address == null || address.isBlank()) {
                errors = errors.with("address", messages.getMessage("problem.code.NotBlank", null, locale));
            }
            return errors.any() ? new FormErrors(messages.getMessage("problem.fields", null, locale), errors.fields())
                    : errors;
        }

        java.time.LocalDateTime start() {
            return parseDate().atTime(parseTime(startTime));
        }

        java.time.LocalDateTime end() {
            return parseDate().atTime(parseTime(endTime));
        }

        private LocalDate parseDate() {
            return WallClock.date(date);
        }

        private static LocalTime parseTime(String time) {
            return WallClock.time(time);
        }

        public String getDate() { return date; }
        public void setDate(String value) { date = value; }
        public String getStartTime() { return startTime; }
        public void setStartTime(String value) { startTime = value; }
        public String getEndTime() { return endTime; }
        public void setEndTime(String value) { endTime = value; }
        public String getAddress() { return address; }
        public void setAddress(String value) { address = value; }
    }
}
