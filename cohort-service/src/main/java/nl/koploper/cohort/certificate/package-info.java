/**
 * Certificates of participation (certificaat van deelname): issued in the cohort document on completion, rendered as
 * a Dutch PDF on download, and confirmed by a public verification endpoint through a register in the service's
 * shared database (the code is all the caller has, so the lookup cannot start from a gemeente). The cohort keeps the
 * {@link nl.koploper.cohort.certificate.Certificate}s and overrides; the criteria are judged here, from what the
 * other services report.
 */
package nl.koploper.cohort.certificate;
