package nl.koploper.portal.coordinator;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
 * The gemeente's Koplopernetwerk: the organisations that finished their year and stay in the network (cohort-service's
 * {@code /api/cohorts/network}), those that left it, and the network's own activities (events-service's meetings of
 * type NETWORK_ACTIVITY, which belong to no group); planning such an activity for the whole network and guests (its
 * rescheduling, cancelling and attendance are the group meetings' pages); and taking a member out of the network,
 * with a reason.
 */
@Controller
@RequestMapping("/coordinator/netwerk")
class NetworkPages {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private static final String MEMBERS = "/api/cohorts/network?includeFormer=true&size=100";

    private final Gateway gateway;
    private final ProblemMessages problems;
    private final MessageSource messages;

    NetworkPages(Gateway gateway, ProblemMessages problems, MessageSource messages) {
        this.gateway = gateway;
        this.problems = problems;
        this.messages = messages;
    }

    @GetMapping
    String network(Model model) {
        var api = gateway.asUser();
        List<Map<String, Object>> members = CoordinatorPages.content(api.get(JSON, MEMBERS));
        model.addAttribute("members", members.stream().filter(m -> "ACTIVE".equals(m.get("status")))
                .sorted(Comparator.comparing((Map<String, Object> m) -> -year(m))
                        .thenComparing(m -> String.valueOf(m.get("organisationName"))))
                .toList());
        model.addAttribute("former", members.stream().filter(m -> !"ACTIVE".equals(m.get("status")))
                .sorted(Comparator.comparing((Map<String, Object> m) -> String.valueOf(m.get("leftAt"))).reversed())
                .toList());
        Instant now = Instant.now();
        List<Activity> activities = activities().stream()
                .sorted(Comparator.comparing((Map<String, Object> m) -> String.valueOf(m.get("start"))).reversed())
                .map(m -> Activity.of(m, now)).toList();
        model.addAttribute("activities", activities);
        return "coordinator/network";
    }

    /**
     * The gemeente's network activities. events-service lists meetings by group or all of the gemeente's (no filter
     * by type), at most 100 a page, the earliest first: so every page is read, and the network's are those of type
     * NETWORK_ACTIVITY.
     */
    private List<Map<String, Object>> activities() {
        var api = gateway.asUser();
        Map<String, Object> first = api.get(JSON, "/api/meetings?size=100");
        List<Map<String, Object>> all = new ArrayList<>(CoordinatorPages.content(first));
        int pages = first.get("totalPages") instanceof Number n ? n.intValue() : 1;
        // A bound, so that a wrong count cannot make the page ask forever: 50 pages are 5,000 meetings.
        for (int page = 1; page < Math.min(pages, 50); page++) {
            all.addAll(CoordinatorPages.content(api.get(JSON, "/api/meetings?size=100&page={page}", page)));
        }
        return all.stream().filter(m -> MeetingFields.NETWORK_ACTIVITY.equals(m.get("type"))).toList();
    }

    @GetMapping("/activiteit")
    String planForm(Model model) {
        return planPage(MeetingFields.networkActivity(), FormErrors.none(), model);
    }

    /**
     * Plans a network activity at once: events-service invites every current member of the network (and the guests)
     * and sends the invitations with the .ics. The form's key makes a double click plan it once, as for a group.
     */
    @PostMapping("/activiteit")
    String plan(MeetingFields form, Model model, RedirectAttributes redirect) {
        FormErrors local = form.checkNetworkPlan(messages);
        if (local.any()) {
            return planPage(form, local, model);
        }
        try {
            gateway.asUser().postOnce(form.getRequestKey(), Map.class, form.networkBody(), "/api/meetings");
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403
                    || problem.status() == 404) {
                throw problem;
            }
            return planPage(form, MeetingFields.renamed(problems.of(problem)), model);
        }
        redirect.addFlashAttribute("planned", form.getTitle().strip());
        return "redirect:/coordinator/netwerk";
    }

    private String planPage(MeetingFields form, FormErrors errors, Model model) {
        long members = CoordinatorPages.content(gateway.asUser().get(JSON, MEMBERS)).stream()
                .filter(m -> "ACTIVE".equals(m.get("status"))).count();
        model.addAttribute("cohort", null);
        model.addAttribute("members", members);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "coordinator/plan-meeting";
    }

    @GetMapping("/{memberId}/verwijderen")
    String removeForm(@PathVariable String memberId, Model model) {
        return removePage(member(memberId), "", FormErrors.none(), model);
    }

    /** Takes a member out of the network; the reason is required (cohort-service keeps it with the membership). */
    @PostMapping("/{memberId}/verwijderen")
    String remove(@PathVariable String memberId, @RequestParam(defaultValue = "") String reason, Model model,
                  RedirectAttributes redirect) {
        Map<String, Object> member = member(memberId);
        if (reason.isBlank()) {
            return removePage(member, reason, FormErrors.none().with("reason", text("co.network.remove.reasonNeeded")),
                    model);
        }
        try {
            gateway.asUser().post(Map.class, Map.of("reason", reason.strip()), "/api/cohorts/network/{id}/remove",
                    memberId);
        } catch (ApiProblem problem) {
            if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403
                    || problem.status() == 404) {
                throw problem;
            }
            FormErrors errors = problem.status() == 409
                    ? new FormErrors(text("co.network.remove.notActive"), Map.of())
                    : problems.of(problem);
            return removePage(member, reason, errors, model);
        }
        redirect.addFlashAttribute("removed", String.valueOf(member.get("organisationName")));
        return "redirect:/coordinator/netwerk";
    }

    private String removePage(Map<String, Object> member, String reason, FormErrors errors, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "coordinator/network-remove";
    }

    /** The membership from the gemeente's list (the API has no single read): another gemeente's is not in it. */
    private Map<String, Object> member(String memberId) {
        return CoordinatorPages.content(gateway.asUser().get(JSON, MEMBERS)).stream()
                .filter(m -> memberId.equals(m.get("id"))).findFirst()
                .orElseThrow(() -> new ApiProblem(404, "Not Found", null, null));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /**
     * A network activity with its counts of answers and attendance (withdrawn invitations not counted);
     * {@code started}: its time has come, so it can no longer be moved, and who came can be recorded.
     */
    record Activity(Map<String, Object> meeting, int invited, int accepted, int declined, int present,
                    boolean started) {

        static Activity of(Map<String, Object> meeting, Instant now) {
            int invited = 0;
            int accepted = 0;
            int declined = 0;
            int present = 0;
            List<?> invitations = meeting.get("invitations") instanceof List<?> list ? list : List.of();
            for (Object entry : invitations) {
                if (entry instanceof Map<?, ?> invitation && !Boolean.FALSE.equals(invitation.get("active"))) {
                    invited++;
                    accepted += "ACCEPTED".equals(invitation.get("response")) ? 1 : 0;
                    declined += "DECLINED".equals(invitation.get("response")) ? 1 : 0;
                    present += "PRESENT".equals(invitation.get("attendance")) ? 1 : 0;
                }
            }
            Instant start = instant(meeting.get("start"));
            return new Activity(meeting, invited, accepted, declined, present, start != null && !start.isAfter(now));
        }

        /** Still to come and not called off: it can be moved or cancelled. */
        public boolean changeable() {
            return "SCHEDULED".equals(meeting.get("status")) && !started;
        }

        /** Under way or past and not called off: who came can be recorded. */
        public boolean attendanceOpen() {
            return started && ("SCHEDULED".equals(meeting.get("status")) || "HELD".equals(meeting.get("status")));
        }

        /** The address, or else the online link. */
        public String where() {
            if (meeting.get("location") instanceof Map<?, ?> location) {
                Object address = location.get("address");
                return String.valueOf(address != null ? address : location.get("onlineUrl"));
            }
            return "";
        }
    }

    private static Instant instant(Object iso) {
        try {
            return iso == null ? null : OffsetDateTime.parse(iso.toString()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int year(Map<String, Object> member) {
        return member.get("cohortYear") instanceof Number n ? n.intValue() : 0;
    }
}
