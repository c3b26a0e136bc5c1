/**
 * The gemeente's Koplopernetwerk: organisations that finished a cohort, one document per membership in the gemeente's
 * own database, each publishing its joined and left events through its own outbox (keyed by the member id, so the two
 * stay in order).
 */
package nl.koploper.cohort.network;
