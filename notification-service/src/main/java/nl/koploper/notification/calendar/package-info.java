/**
 * iCalendar (RFC 5545) invitations, updates and cancellations for meetings, sent over e-mail per iMIP (RFC 6047)
 * with the scheduling semantics of iTIP (RFC 5546). Pure: no I/O, the clock is given.
 */
package nl.koploper.notification.calendar;
