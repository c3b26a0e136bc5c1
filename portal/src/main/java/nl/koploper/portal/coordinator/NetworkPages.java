package nl.koploper.portal.coordinator;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.koploper.portal.api.Gateway;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The gemeente's Koplopernetwerk: the organisations that finished their year and stay in the network (cohort-service's
 * {@code /api/cohorts/network}), those that left it, and the network's own activities (events-service's meetings of
 * type NETWORK_ACTIVITY, which belong to no group).
 */
@Controller
@RequestMapping("/coordinator/netwerk")
class NetworkPages {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;

    NetworkPages(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping
    String network(Model model) {
        var api = gateway.asUser();
        List<Map<String, Object>> members = CoordinatorPages.content(api.get(JSON,
                "/api/cohorts/network?includeFormer=true&size=100"));
        model.addAttribute("members", members.stream().filter(m -> "ACTIVE".equals(m.get("status")))
                .sorted(Comparator.comparing((Map<String, Object> m) -> -year(m))
                        .thenComparing(m -> String.valueOf(m.get("organisationName"))))
                .toList());
        model.addAttribute("former", members.stream().filter(m -> !"ACTIVE".equals(m.get("status")))
                .sorted(Comparator.comparing((Map<String, Object> m) -> String.valueOf(m.get("leftAt"))).reversed())
                .toList());
        // The gemeente's meetings, of every group and none: the network's are those of type NETWORK_ACTIVITY.
        List<Activity> activities = CoordinatorPages.content(api.get(JSON, "/api/meetings?size=100"))
                .stream().filter(m -> "NETWORK_ACTIVITY".equals(m.get("type")))
                .sorted(Comparator.comparing((Map<String, Object> m) -> String.valueOf(m.get("start"))).reversed())
                .map(Activity::of).toList();
        model.addAttribute("activities", activities);
        return "coordinator/network";
    }

    /** A network activity with its counts of answers (withdrawn invitations not counted). */
    record Activity(Map<String, Object> meeting, int invited, int accepted, int declined) {

        static Activity of(Map<String, Object> meeting) {
            int invited = 0;
            int accepted = 0;
            int declined = 0;
            List<?> invitations = meeting.get("invitations") instanceof List<?> list ? list : List.of();
            for (Object entry : invitations) {
                if (entry instanceof Map<?, ?> invitation && !Boolean.FALSE.equals(invitation.get("active"))) {
                    invited++;
                    accepted += "ACCEPTED".equals(invitation.get("response")) ? 1 : 0;
                    declined += "DECLINED".equals(invitation.get("response")) ? 1 : 0;
                }
            }
            return new Activity(meeting, invited, accepted, declined);
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

    private static int year(Map<String, Object> member) {
        return member.get("cohortYear") instanceof Number n ? n.intValue() : 0;
    }
}
