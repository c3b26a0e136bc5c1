package nl.koploper.cohort.assignment;

import jakarta.validation.constraints.Size;

/**
 * Grants the Koploperprijs: without {@code participantId} to the top of the jury's ranking; with one to that
 * participant, which needs a {@code motivation} unless it is the top of the ranking.
 */
record AwardRequest(@Size(min = 1, max = 100) String participantId, @Size(max = 2000) String motivation) {
}
