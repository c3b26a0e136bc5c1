package nl.koploper.portal.config;

/** The portal's cookie names: its own, so that other apps on the same host (localhost) do not collide with them. */
public final class PortalCookies {

    /** The session cookie (server.servlet.session.cookie.name must say the same). */
    public static final String SESSION = "KOPLOPER_PORTAL";
    /** The language the visitor chose (nl or en). */
    public static final String LANGUAGE = "KOPLOPER_TAAL";

    private PortalCookies() {
    }
}
