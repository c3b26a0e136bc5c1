package nl.koploper.cohort.registration;

/**
 * What a self-registering caller is told: that the registration was received, and nothing more. The same answer
 * for a first registration and for an organisation that already takes part, so that nobody learns from it who takes
 * part; whether the organisation has a place or waits goes by e-mail to the contact (notification-service, from the
 * event), and a repeat is told only to the contact already on record.
 *
 * @param status always {@code RECEIVED}
 */
record RegistrationReceipt(String status) {

    static final RegistrationReceipt RECEIVED = new RegistrationReceipt("RECEIVED");
}
