package nl.koploper.footprint.result;

import java.time.Instant;
import nl.koploper.footprint.calculation.Footprint;

/** A stored footprint version as other features read it (the document itself stays inside this package). */
public record StoredFootprint(String organisationId, int year, int version, Instant calculatedAt, Footprint footprint) {

    static StoredFootprint of(FootprintResult result) {
        return new StoredFootprint(result.organisationId(), result.year(), result.number(), result.calculatedAt(),
                result.footprint());
    }
}
