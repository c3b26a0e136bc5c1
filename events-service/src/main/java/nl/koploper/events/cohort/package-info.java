/**
 * What the cohort's events mean for its meetings: an organisation placed in the cohort (registered with a place, or
 * moved up from the waiting list) is invited to the cohort's upcoming meetings; one that leaves has its invitations
 * withdrawn. Each event is applied at most once per meeting (its id is remembered in the meeting document, in the same
 * versioned write as the effect), so a redelivery sends no second invitation or cancellation. A cohort that reaches
 * its minimum gets its kick-off proposed as a draft, once (see {@link nl.koploper.events.meeting.KickOffs}).
 */
package nl.koploper.events.cohort;
