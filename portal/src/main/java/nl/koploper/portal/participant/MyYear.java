package nl.koploper.portal.participant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Koploper year of one organisation as a timeline: the programme's steps, each done, current or still to come,
 * read from its assessment case (the visit, the review, the profile). The texts are message keys
 * ({@code year.step.<key>}).
 */
record MyYear(List<Step> steps) {

    enum State { DONE, CURRENT, LATER }

    record Step(String key, State state, String detail) {
        public boolean done() {
            return state == State.DONE;
        }

        public boolean current() {
            return state == State.CURRENT;
        }
    }

    static MyYear of(Map<String, Object> assessmentCase) {
        return of(assessmentCase, false);
    }

    /**
     * @param assignmentHandedIn whether cohort-service holds the organisation's communication assignment (it can be
     *                           handed in at any time while the year runs; it is the task of the year's second half)
     */
    static MyYear of(Map<String, Object> assessmentCase, boolean assignmentHandedIn) {
        String status = String.valueOf(assessmentCase.get("status"));
        boolean visitPlanned = assessmentCase.get("visit") != null;
        boolean reviewed = List.of("REVIEWED", "PROFILE_PUBLISHED", "CLOSED").contains(status);
        boolean published = latestPublishedProfile(assessmentCase) != null;
        boolean footprint = assessmentCase.get("baselineFootprint") != null;
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("registration", State.DONE, null));
        // The case does not say whether the kick-off was held; once the nulmeting is done, it surely was.
        steps.add(new Step("kickoff", reviewed ? State.DONE : State.CURRENT, null));
        steps.add(new Step("visit", visitPlanned ? State.DONE : State.CURRENT, null));
        steps.add(new Step("footprint", footprint ? State.DONE : visitPlanned ? State.CURRENT : State.LATER, null));
        steps.add(new Step("review", reviewed ? State.DONE : visitPlanned ? State.CURRENT : State.LATER, null));
        steps.add(new Step("profile", published ? State.DONE : reviewed ? State.CURRENT : State.LATER, null));
        steps.add(new Step("actionplan", published ? State.CURRENT : State.LATER, null));
        steps.add(new Step("meetings", published ? State.CURRENT : State.LATER, null));
        steps.add(new Step("assignment", assignmentHandedIn ? State.DONE : published ? State.CURRENT : State.LATER,
                null));
        steps.add(new Step("symposium", State.LATER, null));
        steps.add(new Step("network", State.LATER, null));
        return new MyYear(steps);
    }

    /** The highest published profile version of the case, or null when none is published yet. */
    static Integer latestPublishedProfile(Map<String, Object> assessmentCase) {
        Object profiles = assessmentCase.get("profiles");
        if (!(profiles instanceof List<?> list)) {
            return null;
        }
        Integer latest = null;
        for (Object entry : list) {
            if (entry instanceof Map<?, ?> profile && "PUBLISHED".equals(profile.get("status"))
                    && profile.get("version") instanceof Number version) {
                latest = latest == null ? version.intValue() : Math.max(latest, version.intValue());
            }
        }
        return latest;
    }
}
