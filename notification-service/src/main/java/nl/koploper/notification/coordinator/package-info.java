/**
 * Notices to a gemeente's coordinator of what waits for a decision: a proposed kick-off, a withdrawal, a handed-in
 * communication assignment, a mail that failed for good. Each goes at once, once per cause, to the contact address
 * of the gemeente's registry profile.
 */
package nl.koploper.notification.coordinator;
