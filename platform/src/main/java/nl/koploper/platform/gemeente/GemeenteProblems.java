package nl.koploper.platform.gemeente;

import java.net.URI;

/** The problem types ({@code type} of the problem+json) of a refused gemeente, stable for clients to act on. */
public final class GemeenteProblems {

    /** The token's gemeente is not in the registry (never registered, or not yet known to this service). */
    public static final URI NOT_REGISTERED = URI.create("https://koploper.nl/problems/gemeente-not-registered");
    public static final String NOT_REGISTERED_TITLE = "Gemeente not registered";

    /** The gemeente is deactivated: writes are refused, its coordinators (and platform-admins) may still read. */
    public static final URI DEACTIVATED = URI.create("https://koploper.nl/problems/gemeente-deactivated");
    public static final String DEACTIVATED_TITLE = "Gemeente deactivated";

    private GemeenteProblems() {
    }
}
