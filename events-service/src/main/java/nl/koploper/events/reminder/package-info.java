/**
 * Time-driven work on meetings across all gemeenten: the reminder before each confirmed meeting and marking meetings
 * HELD after their end, once across any number of replicas.
 */
package nl.koploper.events.reminder;
