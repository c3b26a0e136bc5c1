package nl.koploper.cohort.assignment;

import java.time.Instant;
import java.util.List;
import nl.koploper.cohort.cohort.Cohort;

/**
 * A communication assignment as a caller may see it.
 *
 * @param myScore the calling juror's own score, or null (and always null for anyone who is not a juror)
 * @param scores  every juror's score: for the coordinator, and for jurors only once scoring has closed; otherwise
 *                null, so that a juror never sees another juror's marks while scoring
 */
record SubmissionView(String participantId, String organisationName, String title, String text, List<String> links,
                      FileView file, int revision, Instant firstSubmittedAt, Instant submittedAt,
                      ScoreView myScore, List<ScoreView> scores) {

    /** The attached file; {@code downloadPath} serves it. */
    record FileView(String fileName, String contentType, long size, String sha256, Instant uploadedAt,
                    String downloadPath) {
    }

    static SubmissionView of(Cohort cohort, Submission submission, ScoreView myScore, boolean withAllScores) {
        List<ScoreView> all = withAllScores ? cohort.scores().stream()
                .filter(score -> score.participantId().equals(submission.participantId()))
                .map(ScoreView::of).toList() : null;
        return new SubmissionView(submission.participantId(),
                cohort.participant(submission.participantId()).organisation().name(), submission.entry().title(),
                submission.entry().text(), submission.entry().links(), file(cohort, submission), submission.revision(),
                submission.firstSubmittedAt(), submission.submittedAt(), myScore, all);
    }

    private static FileView file(Cohort cohort, Submission submission) {
        AssignmentFile file = submission.file();
        return file == null ? null : new FileView(file.fileName(), file.contentType(), file.size(), file.sha256(),
                file.uploadedAt(), "/api/cohorts/" + cohort.id() + "/assignments/" + submission.participantId()
                        + "/file");
    }
}
