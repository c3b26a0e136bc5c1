package nl.koploper.events.meeting;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where, as a client sends and reads it: exactly one of an address and an online link. */
record LocationBody(
        @Schema(description = "A postal address on one line (max. 500); exactly one of address and onlineUrl",
                example = "Hoofdstraat 12, 9801 AA Zuidhorn") String address,
        @Schema(description = "An http(s) link to the online meeting; exactly one of address and onlineUrl")
        String onlineUrl) {

    Location toLocation() {
        return new Location(address, onlineUrl);
    }

    static LocationBody of(Location location) {
        return new LocationBody(location.address(), location.onlineUrl());
    }
}
