/**
 * The durable state of a mail on its way out: pending, being sent, sent, waiting for a retry, or failed for good,
 * and the deduplication key that makes a redelivered event send nothing twice. Model only; storage and sending
 * build on it.
 */
package nl.koploper.notification.delivery;
