package nl.koploper.assessment.cases;

/**
 * Where an organisation's nulmeting stands. WAITLISTED cases only keep the registration's data until a place comes
 * free; they are invisible through the API.
 */
public enum CaseStatus {
    /** On the cohort's waiting list: no assessment yet. */
    WAITLISTED,
    /** Placed in the cohort; the visit is still to be planned. */
    TO_PLAN,
    /** The on-site visit is planned. */
    PLANNED,
    /** Every issue is reviewed for internal operations and for products and services. */
    REVIEWED,
    /** A version of the Duurzaamheidsprofiel is published. */
    PROFILE_PUBLISHED,
    /** The organisation left the cohort; the case is kept as it was, read-only. */
    CLOSED
}
