/**
 * What identifies and describes a participating organisation (KvK number, SBI code, type, address, contact person):
 * validated value types, shared by registration, the network and certificates. Depends on no other feature package.
 *
 * <p>The constructors refuse malformed values with an {@link java.lang.IllegalArgumentException}; an HTTP request
 * is meant to be validated before it gets here (each type offers {@code isValid} for that), so reaching one is a
 * programming error, not a user's.
 */
package nl.koploper.cohort.organisation;
