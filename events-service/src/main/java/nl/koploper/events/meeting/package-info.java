/**
 * Bijeenkomsten: the {@link nl.koploper.events.meeting.Meeting} aggregate with its invitations, RSVPs, waiting list
 * and attendance in one document. A meeting has at most a few hundred invitees (the symposium), so keeping them
 * together makes "exactly one acceptance gets the last place" and "one reschedule, one update per invitee" a matter
 * of one document's optimistic lock and one atomic write of state plus events.
 */
package nl.koploper.events.meeting;
