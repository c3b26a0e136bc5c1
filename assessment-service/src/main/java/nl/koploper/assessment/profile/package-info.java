/**
 * The Duurzaamheidsprofiel (sustainability profile): generated as a draft from the review, the organisation's facts
 * and its baseline footprint ({@link nl.koploper.assessment.profile.ProfileGenerator}), edited by the advisor and then
 * published, after which that version never changes. The profile versions live in the assessment case document.
 */
package nl.koploper.assessment.profile;
