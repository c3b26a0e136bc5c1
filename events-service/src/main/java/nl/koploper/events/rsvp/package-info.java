/**
 * Answering an invitation without a login: the personal RSVP link carries a signed, expiring token
 * ({@link nl.koploper.events.rsvp.RsvpTokens}) that names the gemeente, the meeting and the invitation, so the public
 * endpoint takes the gemeente from the verified token and can do nothing but answer that one invitation.
 */
package nl.koploper.events.rsvp;
