package nl.koploper.notification.template;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Made-up values for every placeholder, so a coordinator can preview a template before saving it. */
final class SampleData {

    private static final ZonedDateTime MEETING =
            ZonedDateTime.of(2027, 3, 9, 19, 30, 0, 0, ZoneId.of("Europe/Amsterdam"));

    private SampleData() {
    }

    static MessageData forPreview(Language language, Branding branding) {
        boolean dutch = language == Language.NL;
        return MessageData.of(language, branding, "Jan de Vries")
                .with("meeting.title", dutch ? "Startbijeenkomst Koploperproject" : "Koploper project kick-off")
                .withDateTime("meeting.start", MEETING)
                .withEnd("meeting.end", MEETING, MEETING.plusHours(2))
                .with("meeting.location", "Gemeentehuis, Hooiweg 1, 9801 LA Zuidhorn")
                .with("meeting.description", dutch ? "Kennismaking met de wethouder en de andere Koplopers."
                        : "Meet the alderman and the other Koplopers.")
                .withFlag("meeting.timeChanged", true)
                .withDateTime("meeting.previousStart", MEETING.minusDays(7))
                .withEnd("meeting.previousEnd", MEETING.minusDays(7), MEETING.minusDays(7).plusHours(2))
                .withFlag("meeting.locationChanged", true)
                .with("meeting.previousLocation", "Dorpshuis, Hoofdstraat 5, 9801 AB Zuidhorn")
                .with("meeting.rsvpUrl", URI.create("https://koploper.example/rsvp/voorbeeld"))
                .with("meeting.unanswered", MessageData.YES)
                .withFlag("meeting.today", false)
                .withFlag("meeting.tomorrow", true)
                .with("meeting.reason", dutch ? "De zaal is niet beschikbaar." : "The venue is not available.")
                .with("cohort.name", "Koplopergroep Westerkwartier 2027")
                .with("organisation.name", "Bakkerij De Vries")
                .with("registration.waitlistPosition", 2)
                .withFlag("registration.submittedByContact", false)
                .with("participation.reason", dutch ? "Dit jaar ontbreekt ons de tijd." : "We lack the time this year.")
                .withFlag("participation.removed", false)
                .withFlag("participation.waitlisted", false)
                .withDateTime("visit.start", MEETING.plusDays(7).withHour(10).withMinute(0))
                .withEnd("visit.end", MEETING.plusDays(7).withHour(10).withMinute(0),
                        MEETING.plusDays(7).withHour(12).withMinute(0))
                .with("visit.location", "Molenstraat 12, 9801 AB Zuidhorn")
                .with("visit.rsvpUrl", URI.create("https://koploper.example/rsvp/bezoek-voorbeeld"))
                .with("advisor.name", "Petra Jansen")
                .with("advisor.email", "p.jansen@adviesbureau.example")
                .with("advisor.organisation", "Adviesbureau Jansen")
                .with("case.url", URI.create("https://koploper.example/adviseur/organisaties/voorbeeld"))
                .with("profile.url", URI.create("https://koploper.example/profiel/voorbeeld"))
                .with("action.title", dutch ? "LED-verlichting in de werkplaats" : "LED lighting in the workshop")
                .withDate("action.dueDate", LocalDate.of(2027, 6, 30))
                .with("actionPlan.url", URI.create("https://koploper.example/actieplan/voorbeeld"))
                .with("certificate.verificationUrl", URI.create("https://koploper.example/certificaat/ABC123"))
                .with("award.winnerName", "Bakkerij De Vries")
                .with("award.motivation", dutch ? "De overtuigendste communicatieopdracht van de groep."
                        : "The most convincing communication assignment of the group.")
                .with("unsubscribeUrl", URI.create("https://koploper.example/afmelden?token=voorbeeld"))
                .with("cohort.minimum", 8)
                .with("assignment.title", dutch ? "Zo bakken wij zonder gas" : "How we bake without gas")
                .with("notice.url", URI.create("https://koploper.example/coordinator/groepen/voorbeeld"))
                .with("failedMail.recipient", "info@bakkerijdevries.example")
                .with("failedMail.subject", dutch ? "Uitnodiging: Startbijeenkomst Koploperproject"
                        : "Invitation: Koploper project kick-off")
                .with("failedMail.reason", "Rejected by the SMTP server: 550 5.1.1 User unknown");
    }
}
