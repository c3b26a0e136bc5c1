package nl.koploper.cohort.registration;

import nl.koploper.cohort.cohort.ParticipantStatus;

/**
 * What a self-registering organisation is told, and nothing more: whether it has a place or waits, and where in the
 * queue. The confirmation with the details goes to the contact's e-mail (notification-service, from the event).
 *
 * @param status           {@code PLACED} or {@code WAITLISTED}
 * @param waitlistPosition its place in the waiting list counting from 1, or null when placed
 */
record RegistrationReceipt(ParticipantStatus status, Integer waitlistPosition) {

    static RegistrationReceipt of(ParticipantView registered) {
        return new RegistrationReceipt(registered.status(), registered.waitlistPosition());
    }
}
