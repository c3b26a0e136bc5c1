package nl.koploper.cohort.assignment;

import java.time.Instant;

/**
 * A participant's communication assignment as it stands, kept in the cohort's {@link AssignmentRound}.
 *
 * @param revision         1 for the first hand-in, one more for every revision
 * @param firstSubmittedAt when it was first handed in
 * @param submittedAt      when the current revision was handed in
 * @param file             the attached file, or null
 */
public record Submission(String participantId, AssignmentEntry entry, int revision, Instant firstSubmittedAt,
                         Instant submittedAt, AssignmentFile file) {

    /** A new text keeps the attached file. */
    Submission revised(AssignmentEntry newEntry, Instant now) {
        return new Submission(participantId, newEntry, revision + 1, firstSubmittedAt, now, file);
    }

    Submission withFile(AssignmentFile newFile, Instant now) {
        return new Submission(participantId, entry, revision + 1, firstSubmittedAt, now, newFile);
    }
}
