package nl.koploper.contracts.cohort;

import java.time.Instant;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * Someone registered, through the public form, an organisation that already takes part in the cohort (placed or
 * waiting). Nothing about the registration changed, and the anonymous caller was answered exactly as a first
 * registration is; this event only lets the contact on record hear of it. It carries the contact on record and never
 * what the new registrant typed, so that nothing leaves the gemeente towards an address it does not already have.
 *
 * @param participantId      the existing registration
 * @param contact            the contact on record, the only one to be told
 * @param submittedByContact true when the repeat named the contact's own e-mail address (case-insensitive): the
 *                           contact most likely registered twice, rather than someone else on the organisation's behalf
 * @param repeatedAt         when the repeat arrived
 */
@EventType(value = "nl.koploper.cohort.registration-repeated.v1", topic = Topics.COHORT_EVENTS)
public record RegistrationRepeated(String tenantId, String cohortId, String cohortName, String participantId,
                                   String organisationName, ContactDetails contact, boolean submittedByContact,
                                   Instant repeatedAt) {
}
