/**
 * Payloads of assessment-service's events, published on {@link nl.koploper.contracts.Topics#ASSESSMENT_EVENTS} with
 * the assessment case id as key (the case id is the cohort participant id), so that one organisation's visit updates
 * and profile publications stay in order.
 *
 * <p>Each payload carries everything notification-service needs to write and send the mail without calling back:
 * the {@link nl.koploper.contracts.assessment.VisitDetails} of the nulmeting visit (times as ISO-8601 with offset plus
 * the zone id, the address, the calendar UID and SEQUENCE) and the
 * {@link nl.koploper.contracts.assessment.AssessmentRecipient recipients} (the participant's contact and the advisor)
 * with name, e-mail and locale. A reschedule keeps the UID and raises the SEQUENCE, so a calendar replaces its entry.
 *
 * <p>Enumerated values (recipient role) are plain strings: a consumer must not fail on a value added later.
 */
package nl.koploper.contracts.assessment;
