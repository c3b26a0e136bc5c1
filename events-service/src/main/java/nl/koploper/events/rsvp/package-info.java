/**
 * Answering an invitation without a login: the personal RSVP link carries a signed, expiring token
 * ({@link nl.koploper.events.rsvp.RsvpTokens}) that names the tenant, the meeting and the invitation, so the public
 * endpoint takes the tenant from the verified token and can do nothing but answer that one invitation.
 */
package nl.koploper.events.rsvp;
