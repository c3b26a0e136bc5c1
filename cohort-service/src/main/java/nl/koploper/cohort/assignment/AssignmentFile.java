package nl.koploper.cohort.assignment;

import java.time.Instant;

/**
 * The file attached to a communication assignment, as the cohort knows it; the bytes are stored apart (see the
 * assignment feature's file store), under {@code storageKey}.
 *
 * @param sha256 hex digest of the bytes, so a download can be checked against what was attached
 */
public record AssignmentFile(String storageKey, String fileName, String contentType, long size, String sha256,
                             Instant uploadedAt) {
}
