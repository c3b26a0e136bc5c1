package nl.koploper.portal.coordinator;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The cohort dashboard: every placed organisation against the steps of the Koploper year, put together from what
 * cohort-service (participants, hand-ins, certificates), assessment-service (cases, action plans) and events-service
 * (meetings with their attendance) answer. Pure: the pages fetch, this only combines.
 */
final class CohortProgress {

    private static final Set<String> REVIEWED = Set.of("REVIEWED", "PROFILE_PUBLISHED");

    private CohortProgress() {
    }

    /**
     * One organisation's year.
     *
     * @param caseId     its assessment case, or null while assessment-service has not opened it yet
     * @param actions    the number of actions in its DuOn-Agenda, or null when unknown
     * @param attended   meetings it was recorded present at
     * @param meetingsHeld meetings it was invited to that have started (and were not cancelled)
     */
    record Row(String participantId, String organisation, String contactName, String registeredAt, String caseId,
               String caseStatus, String advisorName, String visitStart, boolean reviewed, boolean profilePublished,
               Integer actions, int attended, int meetingsHeld, boolean handedIn, String certificateCode) {

        boolean visitPlanned() {
            return visitStart != null;
        }
    }

    /** The totals above the table: how many organisations passed each step. */
    record Totals(int organisations, int withAdvisor, int visitsPlanned, int reviewed, int profiles, int handedIn,
                  int certificates) {
    }

    static List<Row> rows(List<Map<String, Object>> participants, List<Map<String, Object>> cases,
                          Map<String, Integer> actionsByCase, List<Map<String, Object>> meetings,
                          List<Map<String, Object>> submissions, List<Map<String, Object>> certificates,
                          Instant now) {
        Map<String, Map<String, Object>> caseOf = new HashMap<>();
        for (Map<String, Object> c : cases) {
            if (c.get("participantId") != null) {
                caseOf.put(String.valueOf(c.get("participantId")), c);
            }
        }
        Set<String> handedIn = new java.util.HashSet<>();
        for (Map<String, Object> s : submissions) {
            handedIn.add(String.valueOf(s.get("participantId")));
        }
        Map<String, String> codeOf = new HashMap<>();
        for (Map<String, Object> c : certificates) {
            codeOf.put(String.valueOf(c.get("participantId")), text(c.get("verificationCode")));
        }
        return participants.stream()
                .filter(p -> "PLACED".equals(p.get("status")))
                .map(p -> {
                    String id = String.valueOf(p.get("id"));
                    Map<String, Object> kase = caseOf.get(id);
                    String status = kase == null ? null : text(kase.get("status"));
                    String caseId = kase == null ? null : text(kase.get("id"));
                    int[] attendance = attendance(id, meetings, now);
                    return new Row(id, text(nested(p, "organisation", "name")), text(nested(p, "contact", "name")),
                            text(p.get("registeredAt")), caseId, status,
                            kase == null ? null : text(kase.get("advisorName")),
                            kase == null ? null : text(kase.get("visitStart")),
                            status != null && REVIEWED.contains(status), "PROFILE_PUBLISHED".equals(status),
                            caseId == null ? null : actionsByCase.get(caseId), attendance[0], attendance[1],
                            handedIn.contains(id), codeOf.get(id));
                })
                .sorted(Comparator.comparing(Row::organisation, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)))
                .toList();
    }

    static Totals totals(List<Row> rows) {
        return new Totals(rows.size(), (int) rows.stream().filter(r -> r.advisorName() != null).count(),
                (int) rows.stream().filter(Row::visitPlanned).count(),
                (int) rows.stream().filter(Row::reviewed).count(),
                (int) rows.stream().filter(Row::profilePublished).count(),
                (int) rows.stream().filter(Row::handedIn).count(),
                (int) rows.stream().filter(r -> r.certificateCode() != null).count());
    }

    /** {attended, held}: of the meetings that have started and were not cancelled, those it was invited to. */
    @SuppressWarnings("unchecked")
    private static int[] attendance(String participantId, List<Map<String, Object>> meetings, Instant now) {
        int attended = 0;
        int held = 0;
        for (Map<String, Object> meeting : meetings) {
            Object status = meeting.get("status");
            if ("CANCELLED".equals(status) || "DRAFT".equals(status)) {
                continue;
            }
            Instant start = instant(meeting.get("start"));
            if (start == null || start.isAfter(now)) {
                continue;
            }
            if (!(meeting.get("invitations") instanceof List<?> invitations)) {
                continue;
            }
            for (Object entry : invitations) {
                if (entry instanceof Map<?, ?> invitation
                        && participantId.equals(invitation.get("participantId"))
                        && !Boolean.FALSE.equals(invitation.get("active"))) {
                    held++;
                    if ("PRESENT".equals(invitation.get("attendance"))) {
                        attended++;
                    }
                    break;
                }
            }
        }
        return new int[]{attended, held};
    }

    private static Object nested(Map<String, Object> map, String outer, String inner) {
        return map.get(outer) instanceof Map<?, ?> nested ? nested.get(inner) : null;
    }

    private static Instant instant(Object iso) {
        if (iso == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso.toString()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }
}
