package nl.koploper.cohort.certificate;

import java.util.function.Predicate;
import nl.koploper.cohort.cohort.Cohort;

/**
 * Whether a cohort's participants meet the completion criteria of the certificate (their nulmeting, profile and
 * action plan, and the attendance the gemeente asks); judged at completion, from what the certificate feature learnt
 * from the other services.
 */
public interface CertificateCriteria {

    /** Tests a participant id of {@code cohort}: true when that participant meets every criterion now. */
    Predicate<String> metIn(Cohort cohort);
}
