package nl.koploper.notification.unsubscribe;

/** An unsubscribe token we did not sign, or that was changed or cut (a 401 at the public endpoint). */
class InvalidUnsubscribeToken extends RuntimeException {

    InvalidUnsubscribeToken() {
        super("This unsubscribe link is not valid; use the link from the e-mail");
    }
}
