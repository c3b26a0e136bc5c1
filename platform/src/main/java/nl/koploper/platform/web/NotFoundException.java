package nl.koploper.platform.web;

/**
 * The resource does not exist for this caller; also what another gemeente's resource looks like (never 403). The
 * Dutch answer names the kind by the key {@code not-found.<what>} of the problems bundle ({@code not-found} when it
 * has none), so {@code what} is a stable English name, e.g. {@code Certificate}.
 */
public class NotFoundException extends RuntimeException {

    private final String what;
    private final String id;

    public NotFoundException(String what, String id) {
        super(what + " '" + id + "' does not exist");
        this.what = what;
        this.id = id;
    }

    public String what() {
        return what;
    }

    public String id() {
        return id;
    }
}
