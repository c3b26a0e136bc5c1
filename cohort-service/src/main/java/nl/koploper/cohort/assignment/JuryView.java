package nl.koploper.cohort.assignment;

import java.time.Instant;
import java.util.List;

/** The cohort's jurors (e-mail addresses, lower case) and whether their scoring has closed. */
record JuryView(List<String> jurors, Instant scoringClosedAt) {
}
