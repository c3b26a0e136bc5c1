/**
 * What publishers and consumers agree on: topic names ({@link nl.koploper.contracts.Topics}), the envelope headers
 * ({@link nl.koploper.contracts.EventHeaders}) and the payload records, one package per publishing service
 * ({@code nl.koploper.contracts.cohort}, {@code .assessment}, {@code .footprint}, {@code .meeting},
 * {@code .notification}). A payload is a record annotated with {@link nl.koploper.contracts.EventType}. No Spring and
 * no logic here: consumers depend on this module, not on the publisher.
 */
package nl.koploper.contracts;
