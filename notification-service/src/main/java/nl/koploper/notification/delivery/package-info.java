/**
 * Mail on its way out: the durable state of a pending mail (pending, being sent, sent, waiting for a retry, failed
 * for good) with its finished message, the deduplication key that makes a redelivered event send nothing twice, the
 * per-gemeente store with atomic claims, the scheduled sender (bounded pool, circuit breaker, SMTP), the delivery log
 * API and its retention.
 */
package nl.koploper.notification.delivery;
