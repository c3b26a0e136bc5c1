package nl.koploper.notification.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import nl.koploper.contracts.tenant.GemeenteProfile;
import nl.koploper.notification.AbstractIT;
import nl.koploper.notification.ReceivedMail;
import nl.koploper.notification.TestCohorts;
import nl.koploper.notification.TestSmtp;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The branding of a gemeente's mail comes from its profile in the platform's gemeente registry (registered here
 * through the registry's own apply, what the platform's consumer of tenant.events.v1 calls): From name, Reply-To, logo,
 * and a later profile for the mail written after it. A gemeente with no profile yet still gets its mail, named by its
 * slug and from the default sender.
 */
@KoploperIntegrationTest
class GemeenteBrandingIT extends AbstractIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void mailCarriesTheBrandingOfTheGemeentesProfile() throws Exception {
        String gemeente = TestTokens.newGemeente("brand");
        assertThat(gemeenten.apply(TestCohorts.profile(gemeente, "Gemeente Oud", 1))).isTrue();
        assertThat(gemeenten.apply(TestCohorts.profile(gemeente, "Gemeente Nieuw", 3))).isTrue();
        assertThat(gemeenten.apply(TestCohorts.profile(gemeente, "Gemeente Tussen", 2))).as("an older revision")
                .isFalse();

        String contact = "jan@" + gemeente + ".example";
        events.publish(gemeente, "cohort-1", TestCohorts.registered(gemeente, contact, null));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestSmtp.received(contact)).hasSize(1));
        ReceivedMail mail = ReceivedMail.to(contact).get(0);
        assertThat(mail.header("From")).contains("Koploperteam Gemeente Nieuw").contains("<noreply@koploper.example>");
        assertThat(mail.header("Reply-To")).isEqualTo("duurzaam@" + gemeente + ".example");
        assertThat(mail.header("Message-ID")).endsWith("@koploper.example>");
        assertThat(mail.text("text/html")).contains("Gemeente Nieuw").contains("https://" + gemeente + ".example/logo.png");
        assertThat(mail.partTypes()).containsExactly("text/plain", "text/html");
    }

    @Test
    void aChangedProfileBrandsTheMailWrittenAfterIt() {
        String gemeente = TestTokens.newGemeente("rebrand");
        gemeenten.apply(TestCohorts.profile(gemeente, "Gemeente Eerst", 1));
        String first = "eerst@" + gemeente + ".example";
        events.publish(gemeente, "cohort-1", TestCohorts.registered(gemeente, first, null));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestSmtp.received(first)).hasSize(1));

        GemeenteProfile changed = new GemeenteProfile(gemeente, "Gemeente Daarna", "Petra Jansen",
                "petra@" + gemeente + ".example", "Team Duurzaam Daarna", "daarna@" + gemeente + ".example",
                "http://" + gemeente + ".example/logo.png", "nl", true, 2);
        assertThat(gemeenten.apply(changed)).isTrue();
        String second = "tweede@" + gemeente + ".example";
        events.publish(gemeente, "cohort-1", TestCohorts.registered(gemeente, second, null));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestSmtp.received(second)).hasSize(1));

        ReceivedMail before = ReceivedMail.to(first).get(0);
        ReceivedMail after = ReceivedMail.to(second).get(0);
        assertThat(before.header("From")).contains("Koploperteam Gemeente Eerst");
        assertThat(after.header("From")).contains("Team Duurzaam Daarna").contains("<noreply@koploper.example>");
        assertThat(after.header("Reply-To")).isEqualTo("daarna@" + gemeente + ".example");
        // A logo that is not https is left out rather than put in an <img src>.
        assertThat(after.text("text/html")).contains("Gemeente Daarna").doesNotContain("logo.png");
    }

    @Test
    void aGemeenteWithoutProfileStillGetsItsMailFromTheDefaultSender() throws Exception {
        String gemeente = TestTokens.newGemeente("unknown");
        assertThat(gemeenten.profile(gemeente)).isEmpty();
        String contact = "jan@" + gemeente + ".example";
        events.publish(gemeente, "cohort-1", TestCohorts.registered(gemeente, contact, null));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestSmtp.received(contact)).hasSize(1));
        ReceivedMail mail = ReceivedMail.to(contact).get(0);
        assertThat(mail.header("From")).contains("Koploperproject").contains("<noreply@koploper.example>");
        assertThat(mail.header("Reply-To")).isNull();
        assertThat(mail.text("text/plain")).contains(gemeente);
    }
}
