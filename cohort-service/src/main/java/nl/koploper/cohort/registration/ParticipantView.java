package nl.koploper.cohort.registration;

import java.time.Instant;
import nl.koploper.cohort.cohort.Cohort;
import nl.koploper.cohort.cohort.Participant;
import nl.koploper.cohort.cohort.ParticipantStatus;

/**
 * A registered organisation as its coordinator, or the organisation itself, sees it.
 *
 * @param waitlistPosition its place in the waiting list counting from 1, or null when it is not waiting
 */
record ParticipantView(String id, String cohortId, ParticipantStatus status, Integer waitlistPosition,
                       Organisation organisation, Contact contact, Instant consentGivenAt, Instant registeredAt,
                       Instant placedAt, Instant leftAt, String leaveReason) {

    record Organisation(String name, String kvkNumber, String type, String sbiCode, double sizeFte, String street,
                        String houseNumber, String postalCode, String city) {
    }

    record Contact(String name, String email, String phone, String locale) {
    }

    static ParticipantView of(Cohort cohort, Participant participant) {
        var organisation = participant.organisation();
        var address = organisation.address();
        var contact = participant.contact();
        return new ParticipantView(participant.id(), cohort.id(), participant.status(),
                cohort.waitlistPosition(participant),
                new Organisation(organisation.name(), organisation.kvkNumber().value(), organisation.type().name(),
                        organisation.sbiCode().value(), organisation.sizeFte(), address.street(),
                        address.houseNumber(), address.postalCode(), address.city()),
                new Contact(contact.name(), contact.email(), contact.phone(), contact.locale()),
                participant.consentGivenAt(), participant.registeredAt(), participant.placedAt(), participant.leftAt(),
                participant.leaveReason());
    }
}
