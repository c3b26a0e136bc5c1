/**
 * Bijeenkomsten: the {@link nl.koploper.events.meeting.Meeting} aggregate, which holds its
 * {@link nl.koploper.events.meeting.InvitationList} (RSVPs and the waiting list), its
 * {@link nl.koploper.events.meeting.AttendanceRegister attendance} and a symposium's
 * {@link nl.koploper.events.meeting.Programme} in one document. A meeting has at most a few hundred invitees (the
 * symposium), so keeping them together makes "exactly one acceptance gets the last place" and "one reschedule, one
 * update per invitee" a matter of one document's optimistic lock and one atomic write of state plus events. The
 * parts decide what their own lists look like; the meeting decides when they may change and is the only one that
 * records events.
 */
package nl.koploper.events.meeting;
