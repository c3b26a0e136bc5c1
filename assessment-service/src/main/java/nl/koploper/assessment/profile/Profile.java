package nl.koploper.assessment.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.koploper.assessment.catalogue.Cost;
import nl.koploper.assessment.catalogue.Effort;
import nl.koploper.assessment.catalogue.IssueCatalogue;
import nl.koploper.assessment.catalogue.Recommendation;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.RuleViolationException;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * One version of an organisation's Duurzaamheidsprofiel, kept in its assessment case. A DRAFT is generated from the
 * review (or copied from a published version) and edited by the advisor; once PUBLISHED nothing in it changes: every
 * edit is refused with rule {@value #RULE_PUBLISHED}, and a change of mind is a new version.
 */
public class Profile {

    // Stable rule names: clients and the 409 problem's "rule" property depend on them.
    public static final String RULE_PUBLISHED = "profile-published";
    public static final String RULE_ALREADY_IN_PROFILE = "recommendation-already-in-profile";
    public static final String RULE_TOO_MANY = "profile-recommendation-limit";
    public static final String RULE_EMPTY = "profile-without-recommendations";

    /** Enough for an advisor's additions to the generated ten; more would not be a plan anyone reads. */
    public static final int MAX_RECOMMENDATIONS = 30;
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 2000;

    private int version;
    private ProfileStatus status;
    /** The published version this draft was copied from, or null when generated from the review. */
    private Integer basedOnVersion;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant publishedAt;
    private String publishedBy;
    private List<SubjectScore> scores = new ArrayList<>();
    private List<Finding> strengths = new ArrayList<>();
    private List<Finding> improvements = new ArrayList<>();
    private List<ProfileRecommendation> recommendations = new ArrayList<>();
    private FootprintBasis footprint;
    private int customCount;

    @PersistenceCreator
    private Profile() {
    }

    private Profile(int version, Integer basedOnVersion, Instant now) {
        this.version = version;
        this.status = ProfileStatus.DRAFT;
        this.basedOnVersion = basedOnVersion;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static Profile generated(int version, ProfileGenerator.Draft draft, FootprintBasis footprint,
                                    Instant now) {
        Profile profile = new Profile(version, null, now);
        profile.scores = new ArrayList<>(draft.scores());
        profile.strengths = new ArrayList<>(draft.strengths());
        profile.improvements = new ArrayList<>(draft.improvements());
        profile.recommendations = new ArrayList<>(draft.recommendations());
        profile.footprint = footprint;
        return profile;
    }

    /** A new draft with the content of a published version, to be edited into the next version. */
    public Profile nextDraft(int newVersion, Instant now) {
        Profile next = new Profile(newVersion, version, now);
        next.scores = new ArrayList<>(scores);
        next.strengths = new ArrayList<>(strengths);
        next.improvements = new ArrayList<>(improvements);
        next.recommendations = new ArrayList<>(recommendations);
        next.footprint = footprint;
        next.customCount = customCount;
        return next;
    }

    public void remove(String recommendationId, Instant now) {
        requireDraft();
        ProfileRecommendation removed = recommendation(recommendationId);
        recommendations.remove(removed);
        updatedAt = now;
    }

    public ProfileRecommendation add(Recommendation fromCatalogue, Instant now) {
        requireDraft();
        if (find(fromCatalogue.id()).isPresent()) {
            throw new RuleViolationException(RULE_ALREADY_IN_PROFILE,
                    "Recommendation " + fromCatalogue.id() + " is already in this profile");
        }
        requireRoom();
        ProfileRecommendation added = new ProfileRecommendation(fromCatalogue.id(), fromCatalogue.id(),
                fromCatalogue.title(), fromCatalogue.description(), fromCatalogue.issues(), fromCatalogue.effort(),
                fromCatalogue.cost(), fromCatalogue.footprintTheme(), fromCatalogue.footprintMeasure(), false, null,
                null, false, false);
        recommendations.add(added);
        updatedAt = now;
        return added;
    }

    /** The advisor's own recommendation for this organisation; issue codes are checked against the catalogue. */
    public ProfileRecommendation addCustom(String title, String description, List<String> issueCodes, Effort effort,
                                           Cost cost, IssueCatalogue catalogue, Instant now) {
        requireDraft();
        List<FieldProblem> problems = textProblems(title, description);
        List<String> codes = issueCodes == null ? List.of() : issueCodes;
        for (int n = 0; n < codes.size(); n++) {
            if (!catalogue.contains(codes.get(n))) {
                problems.add(new FieldProblem("issues[" + n + "]", "unknown-issue",
                        "'" + codes.get(n) + "' is not an ISO 26000 issue of the catalogue"));
            }
        }
        if (codes.size() > 3) {
            problems.add(new FieldProblem("issues", "count", "Name at most 3 issues"));
        }
        throwIfAny(problems);
        requireRoom();
        customCount++;
        ProfileRecommendation added = new ProfileRecommendation("C-" + customCount, null, title.strip(),
                description.strip(), codes, effort, cost, null, null, false, null, null, false, false);
        recommendations.add(added);
        updatedAt = now;
        return added;
    }

    public ProfileRecommendation reword(String recommendationId, String title, String description, Instant now) {
        requireDraft();
        ProfileRecommendation current = recommendation(recommendationId);
        throwIfAny(textProblems(title, description));
        ProfileRecommendation reworded = current.reword(title.strip(), description.strip());
        recommendations.set(recommendations.indexOf(current), reworded);
        updatedAt = now;
        return reworded;
    }

    public void publish(String advisorId, Instant now) {
        requireDraft();
        if (recommendations.isEmpty()) {
            throw new RuleViolationException(RULE_EMPTY,
                    "A profile without recommendations tells the organisation nothing to do; add at least one");
        }
        status = ProfileStatus.PUBLISHED;
        publishedAt = now;
        publishedBy = advisorId;
        updatedAt = now;
    }

    private void requireDraft() {
        if (status == ProfileStatus.PUBLISHED) {
            throw new RuleViolationException(RULE_PUBLISHED, "Version " + version
                    + " of the profile is published and cannot change; make a new draft from it instead");
        }
    }

    private void requireRoom() {
        if (recommendations.size() >= MAX_RECOMMENDATIONS) {
            throw new RuleViolationException(RULE_TOO_MANY,
                    "A profile holds at most " + MAX_RECOMMENDATIONS + " recommendations; remove one first");
        }
    }

    private static List<FieldProblem> textProblems(String title, String description) {
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "required", "Give the recommendation a title"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "too-long", "At most " + MAX_TITLE + " characters"));
        }
        if (description == null || description.isBlank()) {
            problems.add(new FieldProblem("description", "required", "Say what to do, why, and a first step"));
        } else if (description.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "too-long", "At most " + MAX_DESCRIPTION + " characters"));
        }
        return problems;
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The recommendation is not valid", problems);
        }
    }

    private Optional<ProfileRecommendation> find(String recommendationId) {
        return recommendations.stream().filter(r -> r.id().equals(recommendationId)).findFirst();
    }

    private ProfileRecommendation recommendation(String recommendationId) {
        return find(recommendationId)
                .orElseThrow(() -> new NotFoundException("Recommendation of profile version " + version,
                        recommendationId));
    }

    public int version() {
        return version;
    }

    public ProfileStatus status() {
        return status;
    }

    public boolean published() {
        return status == ProfileStatus.PUBLISHED;
    }

    public Integer basedOnVersion() {
        return basedOnVersion;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public List<SubjectScore> scores() {
        return Collections.unmodifiableList(scores);
    }

    public List<Finding> strengths() {
        return Collections.unmodifiableList(strengths);
    }

    public List<Finding> improvements() {
        return Collections.unmodifiableList(improvements);
    }

    public List<ProfileRecommendation> recommendations() {
        return Collections.unmodifiableList(recommendations);
    }

    public FootprintBasis footprint() {
        return footprint;
    }
}
