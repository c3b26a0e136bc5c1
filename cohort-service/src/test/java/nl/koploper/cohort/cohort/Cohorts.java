package nl.koploper.cohort.cohort;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.platform.tenancy.TenantId;

/** Object mother for cohorts in the states tests start from; all times are fixed around {@link #NOW}. */
final class Cohorts {

    static final TenantId GEMEENTE = TenantId.of("westerkwartier");
    static final Instant NOW = Instant.parse("2027-01-11T09:00:00Z");
    static final Instant REGISTRATION_DEADLINE = Instant.parse("2027-03-01T23:00:00Z");
    static final Instant ASSIGNMENT_DEADLINE = Instant.parse("2027-10-01T22:00:00Z");
    static final Instant LATER = NOW.plus(Duration.ofDays(7));

    private Cohorts() {
    }

    static CohortPlan plan() {
        return CohortPlan.withDefaultLimits("Koplopers Westerkwartier 2027", 2027, REGISTRATION_DEADLINE,
                ASSIGNMENT_DEADLINE);
    }

    static CohortPlan plan(int minimum, int maximum) {
        return new CohortPlan("Koplopers Westerkwartier 2027", 2027, minimum, maximum, REGISTRATION_DEADLINE,
                ASSIGNMENT_DEADLINE);
    }

    static Cohort draft() {
        return Cohort.create(GEMEENTE, plan(), NOW);
    }

    static Cohort open() {
        return open(plan());
    }

    static Cohort open(CohortPlan plan) {
        Cohort cohort = Cohort.create(GEMEENTE, plan, NOW);
        cohort.open(NOW);
        return cohort;
    }

    /** An open cohort (8-15) with organisations 1..count registered, in that order. */
    static Cohort openWith(int count) {
        return openWith(plan(), count);
    }

    static Cohort openWith(CohortPlan plan, int count) {
        Cohort cohort = open(plan);
        register(cohort, 1, count);
        return cohort;
    }

    /** Registers organisations first..last, in order, and returns them. */
    static List<Participant> register(Cohort cohort, int first, int last) {
        List<Participant> registered = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            registered.add(cohort.register(RegistrationBuilder.organisation(n).build(), NOW));
        }
        return registered;
    }

    static Cohort started(int participants) {
        Cohort cohort = openWith(participants);
        cohort.start(LATER);
        return cohort;
    }
}
