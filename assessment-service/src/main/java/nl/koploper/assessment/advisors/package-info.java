/**
 * The gemeente's advisor register: the advisors a coordinator can assign to an assessment case (name, e-mail,
 * organisation), kept by the coordinator.
 */
package nl.koploper.assessment.advisors;
