/**
 * The two catalogues the nulmeting works from, shipped as data (Dutch JSON files under {@code catalogue/}): the 37
 * ISO 26000 issues with the advisor's prompts, and the recommendations a Duurzaamheidsprofiel chooses from. Both are
 * checked entry by entry at start-up and refused whole on any invalid entry.
 */
package nl.koploper.assessment.catalogue;
