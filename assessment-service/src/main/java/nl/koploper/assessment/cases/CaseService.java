package nl.koploper.assessment.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.koploper.assessment.advisors.AdvisorRegister;
import nl.koploper.assessment.advisors.RegisteredAdvisor;
import nl.koploper.assessment.catalogue.IssueCatalogue;
import nl.koploper.assessment.catalogue.OrganisationType;
import nl.koploper.assessment.catalogue.Recommendation;
import nl.koploper.assessment.catalogue.RecommendationCatalogue;
import nl.koploper.assessment.footprint.FootprintStore;
import nl.koploper.assessment.footprint.OrganisationFootprint;
import nl.koploper.assessment.profile.FootprintBasis;
import nl.koploper.assessment.profile.OrganisationFacts;
import nl.koploper.assessment.profile.Profile;
import nl.koploper.assessment.profile.ProfileGenerator;
import nl.koploper.assessment.review.Review;
import nl.koploper.platform.security.CurrentUser;
import nl.koploper.platform.security.Roles;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.PageView;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * The work on assessment cases, with the caller's object-level access checked inside every change (so the check and
 * the change see the same version of the case). The rules themselves are the {@link AssessmentCase}'s and the
 * {@link Profile}'s.
 */
@Service
public class CaseService {

    static final String PROFILE_PATH = "/api/assessments/cases/%s/profiles/%d";

    private final CaseStore store;
    private final AdvisorRegister advisors;
    private final FootprintStore footprints;
    private final IssueCatalogue issues;
    private final RecommendationCatalogue recommendations;
    private final ProfileGenerator generator;
    private final Clock clock;

    CaseService(CaseStore store, AdvisorRegister advisors, FootprintStore footprints, IssueCatalogue issues,
                RecommendationCatalogue recommendations, Clock clock) {
        this.store = store;
        this.advisors = advisors;
        this.footprints = footprints;
        this.issues = issues;
        this.recommendations = recommendations;
        this.generator = new ProfileGenerator(issues, recommendations);
        this.clock = clock;
    }

    PageView<CaseSummary> list(String cohortId, CaseStatus status, int page, int size) {
        Criteria visible = CaseAccess.visibleTo(CurrentUser.require());
        List<CaseSummary> content = store.page(visible, cohortId, status, page, size).stream()
                .map(CaseSummary::of).toList();
        return PageView.of(content, page, size, store.count(visible, cohortId, status));
    }

    AssessmentCase get(String caseId) {
        return CaseAccess.readable(store.get(caseId), CurrentUser.require());
    }

    Optional<OrganisationFootprint> baseline(AssessmentCase assessmentCase) {
        return footprints.baseline(assessmentCase.participantId(), assessmentCase.baselineYear());
    }

    /**
     * Assigns the register's advisor {@code request.advisorId()}, with the name, e-mail and organisation the register
     * holds now; an id the gemeente's register does not hold is a 400 on {@code advisorId}.
     */
    AssessmentCase assignAdvisor(String caseId, Long expectedVersion, Requests.AssignAdvisorRequest request) {
        if (request == null) {
            throw new InvalidInputException("advisorId", "Give the id of an advisor in the gemeente's advisor register");
        }
        String locale = request.validLocale();
        RegisteredAdvisor registered = advisors.find(request.advisorId().strip()).orElseThrow(() ->
                new InvalidInputException("The advisor is not valid", List.of(new FieldProblem("advisorId",
                        "unknown-advisor", "The gemeente's advisor register holds no advisor with this id"))));
        Advisor advisor = new Advisor(registered.id(), registered.name(), registered.email(),
                registered.organisation(), locale);
        return change(caseId, expectedVersion, CaseAccess::readable, c -> c.assignAdvisor(advisor, now()));
    }

    AssessmentCase setBaselineYear(String caseId, Long expectedVersion, Integer year) {
        return change(caseId, expectedVersion, CaseAccess::readable, c -> c.setBaselineYear(year));
    }

    AssessmentCase planVisit(String caseId, Long expectedVersion, Requests.VisitRequest request) {
        if (request == null) {
            throw new InvalidInputException("start", "Give start, end and location of the visit");
        }
        Visit visit = Visit.plan(request.start(), request.end(), request.location(), clock.instant());
        return change(caseId, expectedVersion, CaseAccess::workable, c -> c.planVisit(visit, now()));
    }

    AssessmentCase recordNulmeting(String caseId, Long expectedVersion, List<Review.IssueChange> changes) {
        return change(caseId, expectedVersion, CaseAccess::workable, c -> c.recordNulmeting(changes, issues, now()));
    }

    Edited generateProfile(String caseId, Long expectedVersion) {
        return changeReturning(caseId, expectedVersion, CaseAccess::workable, c -> {
            Instant now = now();
            FootprintBasis basis = baseline(c).map(f -> FootprintBasis.of(f.year(), f.resultId(),
                    f.totalMarketBased(), f.perThemeKg(), f.benchmark())).orElse(null);
            OrganisationFacts facts = new OrganisationFacts(c.organisation().sbiCode(),
                    OrganisationType.fromWire(c.organisation().type()), c.organisation().sizeFte());
            ProfileGenerator.Draft draft = generator.generate(c.nulmeting().issues(), facts, basis);
            return c.addGeneratedDraft(version -> Profile.generated(version, draft, basis, now), issues);
        });
    }

    Edited draftFrom(String caseId, Long expectedVersion, int fromVersion) {
        return changeReturning(caseId, expectedVersion, CaseAccess::workable, c -> c.draftFrom(fromVersion, now()));
    }

    /** A profile version the caller may read: participants see published versions only. */
    Edited profile(String caseId, int version) {
        AssessmentCase assessmentCase = get(caseId);
        Profile profile = assessmentCase.profile(version);
        if (!profile.published() && !canWork(assessmentCase)) {
            throw new NotFoundException("Profile version of case " + caseId, String.valueOf(version));
        }
        return new Edited(assessmentCase, profile);
    }

    List<Profile> profiles(AssessmentCase assessmentCase) {
        boolean all = canWork(assessmentCase);
        return assessmentCase.profiles().stream().filter(p -> all || p.published()).toList();
    }

    Edited removeRecommendation(String caseId, Long expectedVersion, int version, String recommendationId) {
        return editProfile(caseId, expectedVersion, version, p -> {
            p.remove(recommendationId, now());
            return p;
        });
    }

    Edited addRecommendation(String caseId, Long expectedVersion, int version,
                              Requests.AddRecommendationRequest request) {
        if (request == null) {
            throw new InvalidInputException("catalogueId", "Give a catalogueId or your own title and description");
        }
        boolean fromCatalogue = request.fromCatalogue();
        Recommendation chosen = fromCatalogue ? recommendations.find(request.catalogueId()).orElseThrow(() ->
                new InvalidInputException("catalogueId", "'" + request.catalogueId()
                        + "' is not a recommendation of the catalogue")) : null;
        return editProfile(caseId, expectedVersion, version, p -> {
            if (fromCatalogue) {
                p.add(chosen, now());
            } else {
                p.addCustom(request.title(), request.description(), request.issues(), request.effort(),
                        request.cost(), issues, now());
            }
            return p;
        });
    }

    Edited reword(String caseId, Long expectedVersion, int version, String recommendationId,
                   Requests.RewordRequest request) {
        return editProfile(caseId, expectedVersion, version, p -> {
            p.reword(recommendationId, request == null ? null : request.title(),
                    request == null ? null : request.description(), now());
            return p;
        });
    }

    Edited publish(String caseId, Long expectedVersion, int version) {
        String publisher = CurrentUser.require().subject();
        return changeReturning(caseId, expectedVersion, CaseAccess::workable,
                c -> c.publishProfile(version, publisher, PROFILE_PATH.formatted(caseId, version), now()));
    }

    AssessmentCase startEindmeting(String caseId, Long expectedVersion) {
        return change(caseId, expectedVersion, CaseAccess::workable, c -> c.startEindmeting(now()));
    }

    AssessmentCase recordEindmeting(String caseId, Long expectedVersion, List<Review.IssueChange> changes) {
        return change(caseId, expectedVersion, CaseAccess::workable,
                c -> c.recordEindmeting(changes, issues, now()));
    }

    AssessmentCase completeEindmeting(String caseId, Long expectedVersion) {
        return change(caseId, expectedVersion, CaseAccess::workable, c -> c.completeEindmeting(issues, now()));
    }

    AssessmentCase setFinalYear(String caseId, Long expectedVersion, Integer year) {
        return change(caseId, expectedVersion, CaseAccess::readable, c -> c.setFinalYear(year));
    }

    /** The eindmeting's footprint: of the year the coordinator named, else the newest year after the baseline's. */
    public Optional<OrganisationFootprint> finalFootprint(AssessmentCase c) {
        Optional<OrganisationFootprint> baseline = baseline(c);
        if (baseline.isEmpty()) {
            return Optional.empty();
        }
        int baselineYear = baseline.get().year();
        return footprints.years(c.participantId()).stream()
                .filter(f -> c.finalYear() == null ? f.year() > baselineYear : f.year() == c.finalYear())
                .filter(f -> f.year() > baselineYear)
                .reduce((a, b) -> b.year() > a.year() ? b : a);
    }

    Comparison comparison(String caseId) {
        AssessmentCase c = get(caseId);
        return compare(c);
    }

    /** The comparison of a case the caller was already allowed to read. */
    public Comparison compare(AssessmentCase c) {
        return Comparison.of(c, generator.scoresOf(c.nulmeting().issues()),
                c.eindmeting() == null ? null : generator.scoresOf(c.eindmeting().issues()),
                baseline(c).orElse(null), finalFootprint(c).orElse(null));
    }

    boolean canWork(AssessmentCase assessmentCase) {
        CurrentUser user = CurrentUser.require();
        return user.hasRole(Roles.COORDINATOR)
                || CaseAccess.isAdvisorOf(assessmentCase, user);
    }

    private Edited editProfile(String caseId, Long expectedVersion, int version, Function<Profile, Profile> edit) {
        return changeReturning(caseId, expectedVersion, CaseAccess::workable, c -> c.editProfile(version, edit));
    }

    private interface Access {
        AssessmentCase check(AssessmentCase assessmentCase, CurrentUser user);
    }

    private AssessmentCase change(String caseId, Long expectedVersion, Access access,
                                  Consumer<AssessmentCase> change) {
        return store.change(caseId, expectedVersion, c -> {
            access.check(c, CurrentUser.require());
            change.accept(c);
            return c;
        });
    }

    /** A profile after a change, with the case it is part of (whose version is the ETag). */
    record Edited(AssessmentCase assessmentCase, Profile profile) {
    }

    private Edited changeReturning(String caseId, Long expectedVersion, Access access,
                                   Function<AssessmentCase, Profile> change) {
        return store.change(caseId, expectedVersion, c -> {
            Profile profile = change.apply(access.check(c, CurrentUser.require()));
            return new Edited(c, profile);
        });
    }

    // Millisecond precision, as the database keeps it: an answer then shows the same times as every later read.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
