package nl.koploper.assessment.actionplan;

import java.time.Instant;
import java.time.LocalDate;

/** A dated note on how an action goes, by whoever wrote it (token subject). */
public record ProgressUpdate(LocalDate date, String text, String recordedBy, Instant recordedAt) {
}
