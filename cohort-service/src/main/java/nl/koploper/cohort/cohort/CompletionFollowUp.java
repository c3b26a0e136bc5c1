package nl.koploper.cohort.cohort;

/**
 * Work that follows a cohort's completion outside its own document (the public certificate register, the gemeente's
 * network). Called after the completed cohort is saved; an implementation must be idempotent, because it is called
 * again for the same cohort when it is repaired (see {@link CohortService#followUpCompletion}).
 */
public interface CompletionFollowUp {

    void completed(Cohort cohort);
}
