package nl.koploper.notification.template;

import java.net.URI;

/** Test data: gemeenten as their events on tenant.events.v1 describe them. */
final class Brandings {

    static final Branding WESTERKWARTIER = new Branding("Gemeente Westerkwartier",
            URI.create("https://westerkwartier.example/logo.png"), "Koploperteam Westerkwartier",
            "koploper@westerkwartier.example", "duurzaam@westerkwartier.example");

    static final Branding WITHOUT_LOGO_OR_REPLY_TO =
            new Branding("Gemeente Het Hogeland", null, null, "koploper@hethogeland.example", null);

    private Brandings() {
    }
}
