package nl.koploper.cohort.cohort;

import nl.koploper.cohort.organisation.ContactPerson;
import nl.koploper.cohort.organisation.Organisation;

/**
 * An organisation's request to join a cohort, from the coordinator or the public self-registration form.
 *
 * @param consentToTerms whether the organisation agreed to the participation terms (the participation declaration);
 *                       a registration without it is refused
 */
public record Registration(Organisation organisation, ContactPerson contact, boolean consentToTerms) {

    public Registration {
        if (organisation == null || contact == null) {
            throw new IllegalArgumentException("A registration needs the organisation and its contact person");
        }
    }
}
