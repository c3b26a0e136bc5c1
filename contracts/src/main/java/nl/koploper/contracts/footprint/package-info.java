/**
 * Payloads of footprint-service's events, published on {@link nl.koploper.contracts.Topics#FOOTPRINT_EVENTS}. Theme
 * names are plain strings: a consumer must not fail on a theme added later.
 */
package nl.koploper.contracts.footprint;
