package nl.koploper.assessment.profile;

/** A profile version is edited as a DRAFT and immutable once PUBLISHED. */
public enum ProfileStatus {
    DRAFT, PUBLISHED
}
