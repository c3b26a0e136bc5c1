package nl.koploper.cohort.gemeente;

import java.time.Instant;

/** A gemeente as the API shows it; {@code brandColour} is {@code #RRGGBB} in upper case, or null. */
record GemeenteView(String slug, String displayName, Contact contact, String senderName, String replyTo,
                    String logoUrl, String defaultLocale, String brandColour, boolean active, long revision,
                    Instant registeredAt, Instant changedAt) {

    record Contact(String name, String email) {
    }

    static GemeenteView of(Gemeente gemeente) {
        GemeenteDetails details = gemeente.details();
        return new GemeenteView(gemeente.slug(), details.displayName(),
                new Contact(details.contactName(), details.contactEmail()), details.senderName(), details.replyTo(),
                details.logoUrl(), details.defaultLocale(), details.brandColour(), gemeente.active(), gemeente.revision(),
                gemeente.registeredAt(), gemeente.changedAt());
    }
}
