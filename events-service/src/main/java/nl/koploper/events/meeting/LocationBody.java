package nl.koploper.events.meeting;

/** Where, as a client sends and reads it: exactly one of an address and an online link. */
record LocationBody(String address, String onlineUrl) {

    Location toLocation() {
        return new Location(address, onlineUrl);
    }

    static LocationBody of(Location location) {
        return new LocationBody(location.address(), location.onlineUrl());
    }
}
