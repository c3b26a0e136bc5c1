package nl.koploper.cohort.cohort;

import java.time.Instant;

/**
 * What a coordinator decides when creating a cohort.
 *
 * @param minimumParticipants placed participants needed before the cohort can start (the kick-off needs a group)
 * @param maximumParticipants places; registrations beyond it go onto the waiting list
 */
public record CohortPlan(String name, int year, int minimumParticipants, int maximumParticipants,
                         Instant registrationDeadline, Instant assignmentDeadline) {

    /** The programme's usual group: 8 to 15 organisations. */
    public static final int DEFAULT_MINIMUM = 8;
    public static final int DEFAULT_MAXIMUM = 15;

    public CohortPlan {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A cohort needs a name, e.g. \"Koplopers Westerkwartier 2027\"");
        }
        name = name.strip();
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("The year " + year + " is not a plausible year for a round");
        }
        if (minimumParticipants < 1 || minimumParticipants > maximumParticipants) {
            throw new IllegalArgumentException("The participant limits must satisfy 1 ≤ minimum ≤ maximum; got minimum "
                    + minimumParticipants + " and maximum " + maximumParticipants);
        }
        if (registrationDeadline == null || assignmentDeadline == null) {
            throw new IllegalArgumentException("A cohort needs a registration deadline and an assignment deadline");
        }
        // The communication assignment is done during the year, which starts only after registration closes.
        if (!assignmentDeadline.isAfter(registrationDeadline)) {
            throw new IllegalArgumentException("The assignment deadline must come after the registration deadline");
        }
    }

    /** A plan with the usual limits of 8 and 15 participants. */
    public static CohortPlan withDefaultLimits(String name, int year, Instant registrationDeadline,
                                               Instant assignmentDeadline) {
        return new CohortPlan(name, year, DEFAULT_MINIMUM, DEFAULT_MAXIMUM, registrationDeadline, assignmentDeadline);
    }
}
