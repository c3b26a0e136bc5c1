package nl.koploper.platform.web;

/** The resource does not exist for this caller; also what another gemeente's resource looks like (never 403). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super(what + " '" + id + "' does not exist");
    }
}
