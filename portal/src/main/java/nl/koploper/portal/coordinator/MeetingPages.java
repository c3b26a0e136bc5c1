package nl.koploper.portal.coordinator;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.koploper.portal.api.ApiProblem;
import nl.koploper.portal.api.FormErrors;
import nl.koploper.portal.api.Gateway;
import nl.koploper.portal.api.ProblemMessages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A group's meetings: the list with answers and attendance, planning a new one with the invited organisations,
 * rescheduling and cancelling one, and recording who was there.
 */
@Controller
@RequestMapping("/coordinator")
class MeetingPages {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;
    private final ProblemMessages problems;
    private final MessageSource messages;

    MeetingPages(Gateway gateway, ProblemMessages problems, MessageSource messages) {
        this.gateway = gateway;
        this.problems = problems;
        this.messages = messages;
    }

    /** One meeting in the list: the view, and its counts of answers and attendance. */
    record Listed(Map<String, Object> meeting, int invited, int accepted, int declined, int present,
                  boolean started) {
    }

    @GetMapping("/groepen/{cohortId}/bijeenkomsten")
    String meetings(@PathVariable String cohortId, Model model) {
        var api = gateway.asUser();
        Map<String, Object> cohort = api.get(JSON, "/api/cohorts/{id}", cohortId);
        List<Listed> listed = new ArrayList<>();
        Instant now = Instant.now();
        for (Map<String, Object> meeting : CoordinatorPages.content(api.get(JSON,
                "/api/meetings?cohortId={id}&size=100", cohortId))) {
            int invited = 0;
            int accepted = 0;
            int declined = 0;
            int present = 0;
            for (Map<?, ?> invitation : invitations(meeting)) {
                if (Boolean.FALSE.equals(invitation.get("active"))) {
                    continue;
                }
                invited++;
                accepted += "ACCEPTED".equals(invitation.get("response")) ? 1 : 0;
                declined += "DECLINED".equals(invitation.get("response")) ? 1 : 0;
                present += "PRESENT".equals(invitation.get("attendance")) ? 1 : 0;
            }
            Instant start = instant(meeting.get("start"));
            listed.add(new Listed(meeting, invited, accepted, declined, present, start != null && !start.isAfter(now)));
        }
        listed.sort(java.util.Comparator.comparing(l -> String.valueOf(l.meeting().get("start"))));
        model.addAttribute("cohort", cohort);
        model.addAttribute("meetings", listed);
        model.addAttribute("tab", "meetings");
        return "coordinator/meetings";
    }

    @GetMapping("/groepen/{cohortId}/bijeenkomsten/nieuw")
    String planForm(@PathVariable String cohortId, Model model) {
        var api = gateway.asUser();
        Map<String, Object> cohort = api.get(JSON, "/api/cohorts/{id}", cohortId);
        List<Map<String, Object>> placed = placed(cohortId);
        MeetingFields form = new MeetingFields();
        form.setInvitees(new ArrayList<>(placed.stream().map(p -> String.valueOf(p.get("id"))).toList()));
        return planPage(cohort, placed, form, FormErrors.none(), model);
    }

    /** Plans a meeting at once (not a proposal): the invited organisations get their invitation with the .ics. */
    @PostMapping("/groepen/{cohortId}/bijeenkomsten/nieuw")
    String plan(@PathVariable String cohortId, MeetingFields form, Model model, RedirectAttributes redirect) {
        var api = gateway.asUser();
        Map<String, Object> cohort = api.get(JSON, "/api/cohorts/{id}", cohortId);
        List<Map<String, Object>> placed = placed(cohortId);
        FormErrors local = form.checkPlan(messages);
        if (local.any()) {
            return planPage(cohort, placed, form, local, model);
        }
        try {
            api.postOnce(form.getRequestKey(), Map.class, form.planBody(cohortId, placed), "/api/meetings");
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403
                    || problem.status() == 404) {
                throw problem;
            }
            return planPage(cohort, placed, form, MeetingFields.renamed(problems.of(problem)), model);
        }
        redirect.addFlashAttribute("planned", form.getTitle().strip());
        return "redirect:/coordinator/groepen/{cohortId}/bijeenkomsten";
    }

    private String planPage(Map<String, Object> cohort, List<Map<String, Object>> placed, MeetingFields form,
                            FormErrors errors, Model model) {
        model.addAttribute("cohort", cohort);
        model.addAttribute("placed", placed);
        model.addAttribute("types", MeetingFields.TYPES);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("tab", "meetings");
        return "coordinator/plan-meeting";
    }

    @GetMapping("/bijeenkomsten/{meetingId}/verzetten")
    String rescheduleForm(@PathVariable String meetingId, Model model) {
        var meeting = gateway.asUser().getVersioned("/api/meetings/{id}", meetingId);
        return reschedulePage(meeting.body(), meeting.etag(), MeetingFields.of(meeting.body()), FormErrors.none(),
                "", model);
    }

    /** A new time and place: every invitee gets the change with an updated .ics (the same UID, a higher sequence). */
    @PostMapping("/bijeenkomsten/{meetingId}/verzetten")
    String reschedule(@PathVariable String meetingId, @RequestParam String version, MeetingFields form, Model model,
                      RedirectAttributes redirect) {
        FormErrors local = form.checkReschedule(messages);
        if (local.any()) {
            var meeting = gateway.asUser().getVersioned("/api/meetings/{id}", meetingId);
            return reschedulePage(meeting.body(), version, form, local, "", model);
        }
        Map<String, Object> moved;
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("start", form.start().toString());
            body.put("end", form.end().toString());
            body.put("location", form.location());
            moved = gateway.asUser().postIfMatch(version, body, "/api/meetings/{id}/reschedule", meetingId).body();
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403
                    || problem.status() == 404) {
                throw problem;
            }
            var meeting = gateway.asUser().getVersioned("/api/meetings/{id}", meetingId);
            return reschedulePage(meeting.body(), meeting.etag(), form,
                    MeetingFields.renamed(problems.of(problem)), "", model);
        }
        redirect.addFlashAttribute("rescheduled", String.valueOf(moved.get("title")));
        return "redirect:" + listOf(moved);
    }

    /** Calls the meeting off; the reason goes to every invitee with the calendar cancellation. */
    @PostMapping("/bijeenkomsten/{meetingId}/annuleren")
    String cancel(@PathVariable String meetingId, @RequestParam String version,
                  @RequestParam(required = false, defaultValue = "") String reason, Model model,
                  RedirectAttributes redirect) {
        Map<String, Object> cancelled;
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("reason", reason.isBlank() ? null : reason.strip());
            cancelled = gateway.asUser().postIfMatch(version, body, "/api/meetings/{id}/cancel", meetingId).body();
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403
                    || problem.status() == 404) {
                throw problem;
            }
            var meeting = gateway.asUser().getVersioned("/api/meetings/{id}", meetingId);
            FormErrors errors = problems.of(problem);
            return reschedulePage(meeting.body(), meeting.etag(), MeetingFields.of(meeting.body()),
                    errors.fields().isEmpty() ? new FormErrors(null, Map.of("cancel", errors.general()))
                            : new FormErrors(null, Map.of("reason", errors.fields().values().iterator().next())),
                    reason, model);
        }
        redirect.addFlashAttribute("cancelled", String.valueOf(cancelled.get("title")));
        return "redirect:" + listOf(cancelled);
    }

    private String reschedulePage(Map<String, Object> meeting, String version, MeetingFields form, FormErrors errors,
                                  String reason, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("version", version);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("reason", reason);
        model.addAttribute("back", listOf(meeting));
        return "coordinator/reschedule-meeting";
    }

    @GetMapping("/bijeenkomsten/{meetingId}/aanwezigheid")
    String attendanceForm(@PathVariable String meetingId, Model model) {
        Map<String, Object> meeting = gateway.asUser().get(JSON, "/api/meetings/{id}", meetingId);
        List<Map<?, ?>> active = invitations(meeting).stream()
                .filter(i -> !Boolean.FALSE.equals(i.get("active"))).toList();
        Set<String> present = new java.util.HashSet<>();
        active.stream().filter(i -> "PRESENT".equals(i.get("attendance")))
                .forEach(i -> present.add(String.valueOf(i.get("id"))));
        return attendancePage(meeting, active, present, null, model);
    }

    /** The attendance list as a whole: the ticked invitees were there, the others were not. */
    @PostMapping("/bijeenkomsten/{meetingId}/aanwezigheid")
    String recordAttendance(@PathVariable String meetingId,
                            @RequestParam(name = "present", required = false) List<String> present, Model model,
                            RedirectAttributes redirect) {
        Map<String, Object> meeting = gateway.asUser().get(JSON, "/api/meetings/{id}", meetingId);
        List<Map<?, ?>> active = invitations(meeting).stream()
                .filter(i -> !Boolean.FALSE.equals(i.get("active"))).toList();
        Set<String> ticked = Set.copyOf(present == null ? List.of() : present);
        List<Map<String, Object>> marks = new ArrayList<>();
        for (Map<?, ?> invitation : active) {
            String id = String.valueOf(invitation.get("id"));
            marks.add(Map.of("invitationId", id, "present", ticked.contains(id)));
        }
        try {
            gateway.asUser().post(Map.class, Map.of("marks", marks), "/api/meetings/{id}/attendance", meetingId);
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403
                    || problem.status() == 404) {
                throw problem;
            }
            String why = problem.status() == 409
                    ? messages.getMessage("co.attendance.notYet", null, LocaleContextHolder.getLocale())
                    : problems.of(problem).general();
            return attendancePage(meeting, active, ticked, why, model);
        }
        redirect.addFlashAttribute("attendance", List.of(String.valueOf(meeting.get("title")), ticked.size(),
                active.size()));
        return "redirect:" + listOf(meeting);
    }

    private String attendancePage(Map<String, Object> meeting, List<Map<?, ?>> active, Set<String> present,
                                  String error, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("invitations", active);
        model.addAttribute("present", present);
        model.addAttribute("error", error);
        model.addAttribute("back", listOf(meeting));
        return "coordinator/attendance";
    }

    /** Where a meeting is listed: its group's meetings, or the network page for a network activity (no group). */
    static String listOf(Map<String, Object> meeting) {
        Object cohortId = meeting.get("cohortId");
        return cohortId == null || cohortId.toString().isBlank() ? "/coordinator/netwerk"
                : "/coordinator/groepen/" + cohortId + "/bijeenkomsten";
    }

    private List<Map<String, Object>> placed(String cohortId) {
        return CoordinatorPages.content(gateway.asUser().get(JSON, "/api/cohorts/{id}/participants?size=100",
                        cohortId)).stream()
                .filter(p -> "PLACED".equals(p.get("status")))
                .sorted(java.util.Comparator.comparing(p -> String.valueOf(
                        p.get("organisation") instanceof Map<?, ?> o ? o.get("name") : "")))
                .toList();
    }

    private static List<Map<?, ?>> invitations(Map<String, Object> meeting) {
        List<Map<?, ?>> found = new ArrayList<>();
        if (meeting.get("invitations") instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof Map<?, ?> invitation) {
                    found.add(invitation);
                }
            }
        }
        return found;
    }

    private static Instant instant(Object iso) {
        try {
            return iso == null ? null : OffsetDateTime.parse(iso.toString()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
