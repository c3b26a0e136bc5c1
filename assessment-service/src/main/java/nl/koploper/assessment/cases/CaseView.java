package nl.koploper.assessment.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.koploper.assessment.catalogue.IssueCatalogue;
import nl.koploper.assessment.footprint.Benchmark;
import nl.koploper.assessment.footprint.OrganisationFootprint;
import nl.koploper.assessment.profile.Profile;
import nl.koploper.assessment.profile.ProfileStatus;
import nl.koploper.assessment.review.Answer;
import nl.koploper.assessment.review.Review;

/**
 * A case as its readers see it; {@code version} is also the ETag. Times of the visit are ISO-8601 with the Amsterdam
 * offset of that day.
 */
record CaseView(String id, String cohortId, String cohortName, String participantId, Organisation organisation,
                Contact contact, CaseStatus status, Advisor advisor, VisitView visit, ReviewView nulmeting,
                Integer baselineYear, FootprintView baselineFootprint, List<ProfileSummary> profiles,
                Instant openedAt, Instant closedAt, String closedReason, Long version) {

    record VisitView(String start, String end, String timeZone, String location, String uid, int sequence) {
    }

    /**
     * @param answered how many of the 2 × 37 answers are given
     * @param complete every issue answered from both perspectives
     */
    record ReviewView(int answered, int missing, boolean complete, List<IssueView> issues) {
    }

    record IssueView(String code, String title, String coreSubject, Answer internal, Answer productsAndServices) {
    }

    /**
     * The baseline footprint's totals in kg CO2e (market-based unless named location-based), and its placement among
     * comparable organisations ({@code benchmark}, empty when no group was large enough).
     */
    record FootprintView(int year, int footprintVersion, String resultId, int factorSetYear, BigDecimal scope1Kg,
                         BigDecimal scope2MarketBasedKg, BigDecimal scope2LocationBasedKg, BigDecimal scope3Kg,
                         BigDecimal totalMarketBasedKg, BigDecimal totalLocationBasedKg,
                         Map<String, BigDecimal> perThemeKg, boolean complete, boolean preliminary,
                         List<Benchmark> benchmark) {

        static FootprintView of(OrganisationFootprint f) {
            return new FootprintView(f.year(), f.footprintVersion(), f.resultId(), f.factorSetYear(),
                    decimal(f.scope1Kg()), decimal(f.scope2MarketBasedKg()), decimal(f.scope2LocationBasedKg()),
                    decimal(f.scope3Kg()), decimal(f.totalMarketBasedKg()), decimal(f.totalLocationBasedKg()),
                    new LinkedHashMap<>(f.perThemeKg()), f.complete(), f.preliminary(), f.benchmark());
        }

        private static BigDecimal decimal(String kg) {
            return kg == null ? null : new BigDecimal(kg);
        }
    }

    record ProfileSummary(int version, ProfileStatus status, Integer basedOnVersion, Instant createdAt,
                          Instant publishedAt, int recommendations) {
    }

    static CaseView of(AssessmentCase c, IssueCatalogue catalogue, OrganisationFootprint baseline,
                       List<Profile> visibleProfiles) {
        VisitView visit = c.visit() == null ? null : new VisitView(c.visit().startIso(), c.visit().endIso(),
                c.visit().zone(), c.visit().location(), c.visitUid(), c.visitSequence());
        int missing = c.nulmeting().missingAnswers(catalogue);
        List<IssueView> issues = issueViews(c.nulmeting(), catalogue);
        return new CaseView(c.id(), c.cohortId(), c.cohortName(), c.participantId(), c.organisation(), c.contact(),
                c.status(), c.advisor(), visit, new ReviewView(2 * catalogue.size() - missing, missing, missing == 0,
                issues), c.baselineYear(), baseline == null ? null : FootprintView.of(baseline),
                visibleProfiles.stream().map(p -> new ProfileSummary(p.version(), p.status(), p.basedOnVersion(),
                        p.createdAt(), p.publishedAt(), p.recommendations().size())).toList(),
                c.openedAt(), c.closedAt(), c.closedReason(), c.version());
    }

    /** The answers of a review with each issue's title and core subject; none for a review not started. */
    static List<IssueView> issueViews(Review review, IssueCatalogue catalogue) {
        return review == null ? List.of() : review.issues().stream().map(r -> {
            var issue = catalogue.get(r.code());
            return new IssueView(r.code(), issue.title(), issue.coreSubject().name(), r.internal(),
                    r.productsAndServices());
        }).toList();
    }
}
