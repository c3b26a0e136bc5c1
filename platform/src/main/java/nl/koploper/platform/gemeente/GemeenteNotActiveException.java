package nl.koploper.platform.gemeente;

/** The gemeente is registered but deactivated: a 403 problem of type {@link GemeenteProblems#DEACTIVATED}. */
public class GemeenteNotActiveException extends RuntimeException {

    private final String tenant;

    public GemeenteNotActiveException(String tenant) {
        super("Gemeente '" + tenant + "' is deactivated: its data can be read by its coordinators, nothing can be changed");
        this.tenant = tenant;
    }

    public String tenant() {
        return tenant;
    }
}
