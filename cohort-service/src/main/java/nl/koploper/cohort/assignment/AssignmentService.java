package nl.koploper.cohort.assignment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.koploper.cohort.cohort.Callers;
import nl.koploper.cohort.cohort.Cohort;
import nl.koploper.cohort.cohort.CohortStore;
import nl.koploper.platform.security.CurrentUser;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.RuleViolationException;
import org.springframework.stereotype.Service;

/**
 * Hand-in, jury, scoring and award, each one change of the cohort document (so a hand-in racing the closing of the
 * scoring is judged on the newer state). Who may see what is decided here: a juror sees submissions and its own
 * scores only, until scoring closes.
 */
@Service
class AssignmentService {

    /** More groups at once than any juror judges; it bounds the answer. */
    static final int MAX_JUDGED = 100;

    private final CohortStore cohorts;
    private final AssignmentFileStore files;
    private final Clock clock;

    AssignmentService(CohortStore cohorts, AssignmentFileStore files, Clock clock) {
        this.cohorts = cohorts;
        this.files = files;
        this.clock = clock;
    }

    /**
     * Attaches a file to the participant's handed-in assignment: the caller is checked first (so nobody else can
     * store bytes under its name), the bytes are stored, then the cohort takes the revision under its rules.
     */
    SubmissionView attachFile(String cohortId, String participantId, String fileName, String contentType,
                              byte[] bytes) {
        Callers.participantVisibleToCaller(cohorts.get(cohortId), participantId);
        Instant now = now();
        String gemeente = TenantContext.require().value();
        String key = cohortId + "/" + participantId + "/" + UUID.randomUUID();
        files.save(key, gemeente, bytes, now);
        AssignmentFile file = new AssignmentFile(key, fileName, contentType, bytes.length, sha256(bytes), now);
        return cohorts.change(cohortId, null, cohort -> {
            Submission submission = cohort.attachFile(participantId, file, now);
            return SubmissionView.of(cohort, submission, null, Callers.isCoordinator());
        });
    }

    /** The attached file, for whoever may read the submission. */
    StoredFile file(String cohortId, String participantId) {
        get(cohortId, participantId); // the same access as reading the submission
        Cohort cohort = cohorts.get(cohortId);
        AssignmentFile file = Optional.ofNullable(cohort.submission(participantId)).map(Submission::file)
                .orElseThrow(() -> new NotFoundException("Assignment file", participantId));
        byte[] bytes = files.load(file.storageKey(), cohort.tenantId())
                .orElseThrow(() -> new NotFoundException("Assignment file", participantId));
        return new StoredFile(file, bytes);
    }

    record StoredFile(AssignmentFile file, byte[] bytes) {
    }

    JuryView assignJury(String cohortId, List<String> jurors) {
        return cohorts.change(cohortId, null, cohort -> {
            cohort.assignJury(jurors);
            return new JuryView(cohort.jurors(), cohort.scoringClosedAt());
        });
    }

    JuryView jury(String cohortId) {
        Cohort cohort = cohorts.get(cohortId);
        return new JuryView(cohort.jurors(), cohort.scoringClosedAt());
    }

    /**
     * The gemeente's cohorts whose jury names the calling juror's e-mail address (the same match as every juror read
     * of a cohort), the latest year first. A token without an address is on no jury.
     */
    List<CohortAssignmentView> judging() {
        Instant now = now();
        return CurrentUser.require().email().filter(email -> !email.isBlank())
                .map(email -> cohorts.judgedBy(email, MAX_JUDGED).stream()
                        .map(cohort -> CohortAssignmentView.of(cohort, now)).toList())
                .orElse(List.of());
    }

    /**
     * The cohort's name and assignment deadline, for its coordinator, one of its jurors or one of its placed
     * participants; anyone else gets the 404 of an unknown cohort.
     */
    CohortAssignmentView assignmentOf(String cohortId) {
        Cohort cohort = cohorts.get(cohortId);
        if (!Callers.isCoordinator() && !Callers.isJurorOf(cohort) && !Callers.isPlacedParticipantOf(cohort)) {
            throw new NotFoundException("Cohort", cohortId);
        }
        return CohortAssignmentView.of(cohort, now());
    }

    SubmissionView submit(String cohortId, String participantId, AssignmentRequest request) {
        return cohorts.change(cohortId, null, cohort -> {
            Callers.participantVisibleToCaller(cohort, participantId);
            Submission submission = cohort.submitAssignment(participantId, request.toEntry(), now());
            return SubmissionView.of(cohort, submission, null, Callers.isCoordinator());
        });
    }

    /** All submissions, for the coordinator (with every score) or one of the cohort's jurors (with its own). */
    List<SubmissionView> list(String cohortId) {
        Cohort cohort = cohorts.get(cohortId);
        if (Callers.isCoordinator()) {
            return cohort.submissions().stream().map(s -> SubmissionView.of(cohort, s, null, true)).toList();
        }
        String juror = Callers.jurorOf(cohort);
        return cohort.submissions().stream().map(s -> forJuror(cohort, s, juror)).toList();
    }

    /** One submission, for the coordinator, the participant itself or one of the cohort's jurors. */
    SubmissionView get(String cohortId, String participantId) {
        Cohort cohort = cohorts.get(cohortId);
        Submission submission = cohort.submission(participantId);
        if (Callers.isCoordinator()) {
            return SubmissionView.of(cohort, required(submission, participantId), null, true);
        }
        if (Callers.isJurorOf(cohort)) {
            return forJuror(cohort, required(submission, participantId), Callers.jurorOf(cohort));
        }
        Callers.participantVisibleToCaller(cohort, participantId);
        // The participant sees its own assignment, never the jury's marks.
        return SubmissionView.of(cohort, required(submission, participantId), null, false);
    }

    ScoreView score(String cohortId, String participantId, ScoreRequest request) {
        return cohorts.change(cohortId, null, cohort -> {
            String juror = Callers.jurorOf(cohort);
            return ScoreView.of(cohort.score(juror, participantId, request.toScores(), request.comment(), now()));
        });
    }

    RankingView closeScoring(String cohortId) {
        return cohorts.change(cohortId, null, cohort -> {
            cohort.closeScoring(now());
            return RankingView.of(cohort);
        });
    }

    /** The ranking: the coordinator's at any time, the cohort's jurors' once scoring has closed. */
    RankingView ranking(String cohortId) {
        Cohort cohort = cohorts.get(cohortId);
        if (!Callers.isCoordinator()) {
            Callers.jurorOf(cohort);
            if (cohort.scoringClosedAt() == null) {
                throw new RuleViolationException(AssignmentRound.RULE_SCORING_OPEN,
                        "Jurors see the ranking once the coordinator has closed the scoring");
            }
        }
        return RankingView.of(cohort);
    }

    AwardView grantAward(String cohortId, AwardRequest request) {
        return cohorts.change(cohortId, null, cohort ->
                AwardView.of(cohort.grantAward(request.participantId(), request.motivation(), now())));
    }

    AwardView announceAward(String cohortId) {
        return cohorts.change(cohortId, null, cohort -> AwardView.of(cohort.announceAward(now())));
    }

    private static SubmissionView forJuror(Cohort cohort, Submission submission, String juror) {
        ScoreView mine = cohort.scores().stream()
                .filter(score -> score.participantId().equals(submission.participantId())
                        && score.juror().equalsIgnoreCase(juror))
                .findFirst().map(ScoreView::of).orElse(null);
        return SubmissionView.of(cohort, submission, mine, cohort.scoringClosedAt() != null);
    }

    private static Submission required(Submission submission, String participantId) {
        if (submission == null) {
            throw new NotFoundException("Submission", participantId);
        }
        return submission;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    // Millisecond precision, as the database keeps it: an answer then shows the same times as every later read.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
