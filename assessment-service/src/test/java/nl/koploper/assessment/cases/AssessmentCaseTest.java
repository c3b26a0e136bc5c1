package nl.koploper.assessment.cases;

import static nl.koploper.assessment.cases.Cases.ISSUES;
import static nl.koploper.assessment.cases.Cases.NOW;
import static nl.koploper.assessment.cases.Cases.VISIT_START;
import static nl.koploper.assessment.cases.Cases.event;
import static nl.koploper.assessment.cases.Cases.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.assessment.catalogue.CoreSubject;
import nl.koploper.assessment.catalogue.TestCatalogues;
import nl.koploper.assessment.profile.Profile;
import nl.koploper.assessment.profile.ProfileGenerator;
import nl.koploper.assessment.review.Answer;
import nl.koploper.assessment.review.Perspective;
import nl.koploper.assessment.review.Relevance;
import nl.koploper.assessment.review.Review;
import nl.koploper.contracts.assessment.AdvisorAssigned;
import nl.koploper.contracts.assessment.AssessmentRecipient;
import nl.koploper.contracts.assessment.NulmetingCompleted;
import nl.koploper.contracts.assessment.NulmetingVisitPlanned;
import nl.koploper.contracts.assessment.NulmetingVisitRescheduled;
import nl.koploper.contracts.assessment.ProfilePublished;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.RuleViolationException;
import nl.koploper.test.RecordedEvents;
import org.junit.jupiter.api.Test;

class AssessmentCaseTest {

    @Test
    void aPlacedRegistrationOpensACaseToPlanAndAWaitlistedOneWaits() {
        assertThat(Cases.toPlan().status()).isEqualTo(CaseStatus.TO_PLAN);
        assertThat(Cases.toPlan().openedAt()).isEqualTo(NOW);
        AssessmentCase waiting = AssessmentCase.registered(event("e-2"), "p-2", "cohort-1", "K",
                new Organisation("Wacht BV", null, "COMPANY", "4690", 3.0), new Contact("W", "w@x.nl", null, "nl"),
                true, NOW);
        assertThat(waiting.status()).isEqualTo(CaseStatus.WAITLISTED);
        assertThat(waiting.openedAt()).isNull();

        assertThat(waiting.promote(event("e-3"), null, NOW)).isTrue();
        assertThat(waiting.status()).isEqualTo(CaseStatus.TO_PLAN);
        assertThat(waiting.promote(event("e-3"), null, NOW)).isFalse(); // redelivered
    }

    @Test
    void planningTheVisitInvitesContactAndAdvisorAndAMoveUpdatesWithTheSameUidAndAHigherSequence() {
        AssessmentCase c = Cases.planned();

        assertThat(c.status()).isEqualTo(CaseStatus.PLANNED);
        NulmetingVisitPlanned planned = RecordedEvents.payloads(c, NulmetingVisitPlanned.class).get(0);
        assertThat(planned.visit().uid()).isEqualTo("participant-1-nulmeting@assessments.koploper.nl");
        assertThat(planned.visit().sequence()).isZero();
        assertThat(planned.visit().start()).isEqualTo("2027-03-18T10:00:00+01:00");
        assertThat(planned.visit().end()).isEqualTo("2027-03-18T12:00:00+01:00");
        assertThat(planned.visit().timeZone()).isEqualTo("Europe/Amsterdam");
        assertThat(planned.recipients()).containsExactly(
                new AssessmentRecipient("PARTICIPANT", "Sanne Staal", "Sanne@Staal.example.nl", "en"),
                new AssessmentRecipient("ADVISOR", "Anne Adviseur", "anne@advies.example.nl", "nl"));

        // Across the change to summer time: the wall-clock 10:00 stays, the offset follows the day.
        assertThat(c.planVisit(visit(LocalDateTime.parse("2027-04-01T10:00"), "Hoogovenweg 1, Groningen"), NOW))
                .isTrue();
        assertThat(c.planVisit(visit(LocalDateTime.parse("2027-04-01T10:00"), "Hoogovenweg 1, Groningen"), NOW))
                .isFalse();
        assertThat(c.planVisit(visit(LocalDateTime.parse("2027-04-01T10:00"), "Kantoor, Haren"), NOW)).isTrue();

        List<NulmetingVisitRescheduled> moves = RecordedEvents.payloads(c, NulmetingVisitRescheduled.class);
        assertThat(moves).hasSize(2);
        assertThat(moves).extracting(m -> m.visit().uid()).containsOnly(planned.visit().uid());
        assertThat(moves).extracting(m -> m.visit().sequence()).containsExactly(1, 2);
        assertThat(moves.get(0).visit().start()).isEqualTo("2027-04-01T10:00:00+02:00");
        assertThat(moves.get(0).previousStart()).isEqualTo("2027-03-18T10:00:00+01:00");
        assertThat(moves.get(1).previousLocation()).isEqualTo("Hoogovenweg 1, Groningen");
        assertThat(moves.get(1).visit().location()).isEqualTo("Kantoor, Haren");
    }

    @Test
    void theVisitNeedsAnAdvisor() {
        assertRule(() -> Cases.toPlan().planVisit(visit(VISIT_START, "Hier"), NOW), "advisor-not-assigned");
    }

    @Test
    void aVisitTimeMustExistBeInTheFutureAndEndAfterItStarts() {
        assertFields(() -> Visit.plan(LocalDateTime.parse("2027-03-28T02:30"), LocalDateTime.parse("2027-03-28T04:00"),
                "Hier", NOW), "start");
        assertFields(() -> Visit.plan(VISIT_START, VISIT_START, "Hier", NOW), "end");
        assertFields(() -> Visit.plan(LocalDateTime.parse("2027-01-10T10:00"),
                LocalDateTime.parse("2027-01-10T11:00"), "Hier", NOW), "start");
        assertFields(() -> Visit.plan(null, null, " ", NOW), "start", "end", "location");
    }

    @Test
    void theReviewStartsAtTheVisitAndTheCaseIsReviewedWhenEveryIssueHasBothAnswers() {
        assertRule(() -> Cases.withAdvisor().recordNulmeting(List.of(change("6.2", 2)), ISSUES, NOW),
                "visit-not-planned");
        AssessmentCase c = Cases.planned();
        List<Review.IssueChange> all = new ArrayList<>();
        CoreSubject.allIssueCodes().forEach(code -> all.add(change(code, 2)));

        c.recordNulmeting(all.subList(0, 36), ISSUES, NOW);
        assertThat(c.status()).isEqualTo(CaseStatus.PLANNED);
        assertThat(c.nulmeting().missingAnswers(ISSUES)).isEqualTo(2);
        // Only the internal answer of 6.8.9: one still missing.
        c.recordNulmeting(List.of(new Review.IssueChange("6.8.9", Answer.of(Relevance.RELEVANT, 1, null),
                null)), ISSUES, NOW);
        assertThat(c.nulmeting().missingAnswers(ISSUES)).isEqualTo(1);
        c.recordNulmeting(List.of(new Review.IssueChange("6.8.9", null,
                Answer.of(Relevance.NOT_RELEVANT, null, null))), ISSUES, NOW);

        assertThat(c.status()).isEqualTo(CaseStatus.REVIEWED);
        assertThat(RecordedEvents.payloads(c, NulmetingCompleted.class)).singleElement()
                .satisfies(done -> assertThat(done.participantId()).isEqualTo(c.participantId()));
        // Answers changed afterwards do not complete it a second time.
        c.recordNulmeting(List.of(change("6.2", 3)), ISSUES, NOW);
        assertThat(RecordedEvents.payloads(c, NulmetingCompleted.class)).hasSize(1);
        assertThat(c.nulmeting().answer("6.8.9", Perspective.INTERNAL).maturity()).isEqualTo(1);
        assertThat(c.nulmeting().issues()).extracting(r -> r.code())
                .containsExactlyElementsOf(CoreSubject.allIssueCodes());
    }

    @Test
    void aProfileNeedsACompleteReviewIsImmutableOncePublishedAndTellsTheParticipant() {
        AssessmentCase c = reviewed();
        assertRule(() -> Cases.planned().addGeneratedDraft(this::emptyDraft, ISSUES), "review-incomplete");

        Profile draft = c.addGeneratedDraft(version -> generated(c, version), ISSUES);
        assertThat(draft.version()).isEqualTo(1);
        assertRule(() -> c.addGeneratedDraft(version -> generated(c, version), ISSUES), "profile-draft-open");
        String first = draft.recommendations().get(0).id();
        draft.reword(first, "Eigen titel", "Eigen uitleg.", NOW);
        draft.addCustom("Maatwerk", "Alleen voor dit bedrijf.", List.of("6.5.4"), null, null, ISSUES, NOW);

        c.publishProfile(1, "advisor-1", "/api/assessments/cases/participant-1/profiles/1", NOW);

        assertThat(c.status()).isEqualTo(CaseStatus.PROFILE_PUBLISHED);
        ProfilePublished published = RecordedEvents.payloads(c, ProfilePublished.class).get(0);
        assertThat(published.version()).isEqualTo(1);
        assertThat(published.contact().email()).isEqualTo("Sanne@Staal.example.nl");
        assertThat(published.advisorName()).isEqualTo("Anne Adviseur");
        assertThat(published.profileUrlPath()).isEqualTo("/api/assessments/cases/participant-1/profiles/1");
        assertThat(published.recommendationCount()).isEqualTo(draft.recommendations().size());
        assertRule(() -> draft.remove(first, NOW), "profile-published");
        assertRule(() -> draft.reword(first, "Nog anders", "Nee.", NOW), "profile-published");
        assertRule(() -> c.publishProfile(1, "advisor-1", "/p", NOW), "profile-published");

        Profile next = c.draftFrom(1, NOW);
        assertThat(next.version()).isEqualTo(2);
        assertThat(next.basedOnVersion()).isEqualTo(1);
        assertThat(next.recommendations()).isEqualTo(draft.recommendations());
        next.remove(first, NOW);
        assertThat(c.profile(1).recommendations()).extracting(r -> r.id()).contains(first);
        assertThat(next.addCustom("Nog een", "Tweede maatwerk.", List.of(), null, null, ISSUES, NOW).id())
                .isEqualTo("C-2");
    }

    @Test
    void customRecommendationsAndRewordingsAreValidated() {
        AssessmentCase c = reviewed();
        Profile draft = c.addGeneratedDraft(version -> generated(c, version), ISSUES);

        assertFields(() -> draft.addCustom(" ", null, List.of("6.9.9"), null, null, ISSUES, NOW),
                "title", "description", "issues[0]");
        assertFields(() -> draft.reword(draft.recommendations().get(0).id(), "x".repeat(201), "ok", NOW), "title");
        assertRule(() -> draft.add(TestCatalogues.recommendations().find(draft.recommendations().get(0).id())
                .orElseThrow(), NOW), "recommendation-already-in-profile");
    }

    @Test
    void assigningAnAdvisorRecordsItOnceAndAReplacementNamesThePrevious() {
        AssessmentCase c = Cases.withAdvisor();
        assertThat(c.assignAdvisor(Cases.ADVISOR, NOW)).isFalse(); // the same advisor again: a double submit
        Advisor other = new Advisor("advisor-2", "Bert Bouwfysica", "bert@advies.example.nl", "Bouwfysica BV", "en");
        assertThat(c.assignAdvisor(other, NOW)).isTrue();

        List<AdvisorAssigned> assigned = RecordedEvents.payloads(c, AdvisorAssigned.class);
        assertThat(assigned).extracting(AdvisorAssigned::advisorId).containsExactly(Cases.ADVISOR.id(), "advisor-2");
        assertThat(assigned.get(0).previousAdvisorId()).isNull();
        assertThat(assigned.get(1).previousAdvisorId()).isEqualTo(Cases.ADVISOR.id());
        assertThat(assigned.get(1).caseId()).isEqualTo("participant-1");
        assertThat(assigned.get(1).participantId()).isEqualTo("participant-1");
        assertThat(assigned.get(1).tenantId()).isEqualTo("westerkwartier");
        assertThat(assigned.get(1).advisor())
                .isEqualTo(new AssessmentRecipient("ADVISOR", "Bert Bouwfysica", "bert@advies.example.nl", "en"));
        assertThat(assigned.get(1).advisorOrganisation()).isEqualTo("Bouwfysica BV");
        assertThat(assigned.get(1).caseUrlPath()).isEqualTo("/adviseur/organisaties/participant-1");
        assertThat(c.advisor()).isEqualTo(other);
    }

    @Test
    void aClosedCaseChangesNoMore() {
        AssessmentCase c = Cases.planned();
        assertThat(c.close(event("leave"), "Verhuisd", NOW)).isTrue();
        assertThat(c.close(event("leave"), "Verhuisd", NOW)).isFalse();

        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertRule(() -> c.planVisit(visit(VISIT_START.plusDays(1), "Elders"), NOW), "case-closed");
        assertRule(() -> c.assignAdvisor(Cases.ADVISOR, NOW), "case-closed");
    }

    private static AssessmentCase reviewed() {
        AssessmentCase c = Cases.planned();
        List<Review.IssueChange> all = new ArrayList<>();
        CoreSubject.allIssueCodes().forEach(code -> all.add(change(code, 1)));
        c.recordNulmeting(all, ISSUES, NOW);
        return c;
    }

    private static Review.IssueChange change(String code, int maturity) {
        Answer answer = Answer.of(Relevance.VERY_RELEVANT, maturity, null);
        return new Review.IssueChange(code, answer, answer);
    }

    private Profile emptyDraft(int version) {
        throw new AssertionError("must not generate");
    }

    private static Profile generated(AssessmentCase c, int version) {
        ProfileGenerator generator = new ProfileGenerator(ISSUES, TestCatalogues.recommendations());
        return Profile.generated(version, generator.generate(c.nulmeting().issues(), new nl.koploper.assessment.profile
                .OrganisationFacts("2410", nl.koploper.assessment.catalogue.OrganisationType.COMPANY, 120.0), null),
                null, NOW);
    }

    static void assertRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable change, String rule) {
        assertThatThrownBy(change).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).rule()).isEqualTo(rule));
    }

    static void assertFields(org.assertj.core.api.ThrowableAssert.ThrowingCallable change, String... fields) {
        assertThatThrownBy(change).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::field)
                        .contains(fields));
    }
}
