package nl.koploper.portal.coordinator;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What needs the coordinator: a proposed meeting (the kick-off events-service drafts once a group has its minimum)
 * waiting for its place and confirmation, mails that failed for good, organisations that recently withdrew or
 * were taken out of a running group, and communication assignments recently handed in. Each item links to the page
 * where the coordinator acts on it. notification-service mails the coordinator the same things as they happen; this
 * list is read from the services' own APIs each time, so it needs no store of its own.
 *
 * @param proposals   DRAFT meetings, oldest start first
 * @param failedMails the gemeente's mails that failed for good
 * @param withdrawals who left in the last {@link #RECENT}, newest first
 * @param handIns     communication assignments handed in (or revised) in the last {@link #RECENT}, newest first
 */
record Attention(List<Proposal> proposals, long failedMails, List<Withdrawal> withdrawals, List<HandIn> handIns) {

    /** How long a withdrawal stays on the list: long enough to notice it, short enough not to become wallpaper. */
    static final Duration RECENT = Duration.ofDays(30);

    /** A proposed meeting of a group. */
    record Proposal(Map<String, Object> meeting, String cohortName) {
    }

    /**
     * @param status WITHDRAWN (on its own) or REMOVED (by the coordinator)
     * @param leftAt the moment, ISO-8601
     * @param reason what the organisation or the coordinator gave, or null
     */
    record Withdrawal(String cohortId, String cohortName, String organisationName, String status, String leftAt,
                      String reason) {
    }

    /**
     * A communication assignment handed in.
     *
     * @param submittedAt the newest hand-in, ISO-8601
     */
    record HandIn(String cohortId, String cohortName, String organisationName, String title, String submittedAt) {
    }

    public boolean any() {
        return !proposals.isEmpty() || failedMails > 0 || !withdrawals.isEmpty() || !handIns.isEmpty();
    }

    /** Attention for one group, from what its page read anyway; {@code failedMails} is the gemeente's. */
    static Attention ofGroup(Map<String, Object> cohort, List<Map<String, Object>> participants,
                             List<Map<String, Object>> meetings, List<Map<String, Object>> submissions,
                             long failedMails, Instant now) {
        String name = String.valueOf(cohort.get("name"));
        String id = String.valueOf(cohort.get("id"));
        return new Attention(proposals(name, meetings), failedMails, withdrawals(id, name, participants, now),
                handIns(id, name, submissions, now));
    }

    /** The parts of several groups (the start page) in one list. */
    static Attention of(List<Attention> groups, long failedMails) {
        List<Proposal> proposals = new ArrayList<>();
        List<Withdrawal> withdrawals = new ArrayList<>();
        List<HandIn> handIns = new ArrayList<>();
        for (Attention group : groups) {
            proposals.addAll(group.proposals());
            withdrawals.addAll(group.withdrawals());
            handIns.addAll(group.handIns());
        }
        proposals.sort(Comparator.comparing(p -> String.valueOf(p.meeting().get("start"))));
        withdrawals.sort(Comparator.comparing(Withdrawal::leftAt).reversed());
        handIns.sort(Comparator.comparing(HandIn::submittedAt).reversed());
        return new Attention(List.copyOf(proposals), failedMails, List.copyOf(withdrawals), List.copyOf(handIns));
    }

    private static List<HandIn> handIns(String cohortId, String cohortName, List<Map<String, Object>> submissions,
                                        Instant now) {
        Instant since = now.minus(RECENT);
        List<HandIn> recent = new ArrayList<>();
        for (Map<String, Object> submission : submissions) {
            Instant at = instant(submission.get("submittedAt"));
            if (at != null && at.isAfter(since)) {
                Object title = submission.get("title");
                recent.add(new HandIn(cohortId, cohortName, String.valueOf(submission.get("organisationName")),
                        title == null ? "" : title.toString(), at.toString()));
            }
        }
        recent.sort(Comparator.comparing(HandIn::submittedAt).reversed());
        return recent;
    }

    private static List<Proposal> proposals(String cohortName, List<Map<String, Object>> meetings) {
        return meetings.stream().filter(m -> "DRAFT".equals(m.get("status")))
                .sorted(Comparator.comparing(m -> String.valueOf(m.get("start"))))
                .map(m -> new Proposal(m, cohortName)).toList();
    }

    private static List<Withdrawal> withdrawals(String cohortId, String cohortName,
                                                List<Map<String, Object>> participants, Instant now) {
        Instant since = now.minus(RECENT);
        List<Withdrawal> recent = new ArrayList<>();
        for (Map<String, Object> participant : participants) {
            Object status = participant.get("status");
            Instant leftAt = instant(participant.get("leftAt"));
            if (("WITHDRAWN".equals(status) || "REMOVED".equals(status)) && leftAt != null && leftAt.isAfter(since)) {
                Object organisation = participant.get("organisation") instanceof Map<?, ?> o ? o.get("name") : null;
                Object reason = participant.get("leaveReason");
                recent.add(new Withdrawal(cohortId, cohortName, String.valueOf(organisation), String.valueOf(status),
                        leftAt.toString(), reason == null ? null : reason.toString()));
            }
        }
        recent.sort(Comparator.comparing(Withdrawal::leftAt).reversed());
        return recent;
    }

    private static Instant instant(Object value) {
        try {
            return value == null ? null : Instant.parse(value.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
