/**
 * The cohort's Koploperprijs as cohort-service grants it ({@code AwardGranted}): kept per cohort, so the cohort's
 * symposium shows the winner whether it was scheduled before or after the award.
 */
package nl.koploper.events.award;
