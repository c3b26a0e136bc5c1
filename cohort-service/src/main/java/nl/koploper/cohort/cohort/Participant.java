package nl.koploper.cohort.cohort;

import java.time.Instant;
import java.util.Objects;
import nl.koploper.cohort.organisation.ContactPerson;
import nl.koploper.cohort.organisation.Organisation;
import nl.koploper.contracts.cohort.ContactDetails;
import nl.koploper.contracts.cohort.ParticipantSummary;

/**
 * An organisation registered for a cohort, kept inside the {@link Cohort} document. Only the cohort changes it, which
 * is why its mutators are package-private.
 */
public class Participant {

    private String id;
    private Organisation organisation;
    private ContactPerson contact;
    /** When the organisation agreed to the participation terms: kept as evidence of the declaration. */
    private Instant consentGivenAt;
    private ParticipantStatus status;
    private Instant registeredAt;
    /** When it got a place (at registration, or on promotion from the waiting list); null while waiting. */
    private Instant placedAt;
    /** When it withdrew or was removed, and why; null while active. */
    private Instant leftAt;
    private String leaveReason;

    // For the object mapping only.
    private Participant() {
    }

    Participant(String id, Registration registration, ParticipantStatus status, Instant now) {
        this.id = Objects.requireNonNull(id);
        this.organisation = registration.organisation();
        this.contact = registration.contact();
        this.consentGivenAt = now;
        this.status = status;
        this.registeredAt = now;
        this.placedAt = status == ParticipantStatus.PLACED ? now : null;
    }

    void promote(Instant now) {
        status = ParticipantStatus.PLACED;
        placedAt = now;
    }

    void leave(ParticipantStatus how, String reason, Instant now) {
        status = how;
        leaveReason = reason;
        leftAt = now;
    }

    ParticipantSummary summary() {
        return new ParticipantSummary(id, organisation.name(), organisation.kvkNumber().value(), contactDetails());
    }

    ContactDetails contactDetails() {
        return new ContactDetails(contact.name(), contact.email(), contact.phone(), contact.locale());
    }

    public String id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public ContactPerson contact() {
        return contact;
    }

    public Instant consentGivenAt() {
        return consentGivenAt;
    }

    public ParticipantStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Instant leftAt() {
        return leftAt;
    }

    public String leaveReason() {
        return leaveReason;
    }
}
