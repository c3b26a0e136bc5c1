package nl.koploper.notification.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import nl.koploper.contracts.tenant.GemeenteChanged;
import nl.koploper.contracts.tenant.GemeenteRegistered;
import nl.koploper.notification.ReceivedMail;
import nl.koploper.notification.TestCohorts;
import nl.koploper.notification.TestEvents;
import nl.koploper.notification.TestSmtp;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Tenant events fill the branding of a gemeente's mail, the highest revision winning; a gemeente with no profile yet
 * still gets its mail, named by its slug and from the default sender.
 */
@KoploperIntegrationTest
class GemeenteBrandingIT {

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    GemeenteSenders senders;

    TestEvents events;

    @BeforeEach
    void setUp() {
        TestSmtp.start();
        events = new TestEvents(bootstrapServers);
    }

    @AfterEach
    void tearDown() {
        events.close();
    }

    @Test
    void mailCarriesTheBrandingOfTheNewestProfile() throws Exception {
        String gemeente = TestTokens.newGemeente("brand");
        events.publish(gemeente, gemeente, new GemeenteRegistered(TestCohorts.profile(gemeente, "Gemeente Oud", 1),
                Instant.parse("2027-01-01T00:00:00Z")));
        events.publish(gemeente, gemeente, new GemeenteChanged(TestCohorts.profile(gemeente, "Gemeente Nieuw", 3),
                Instant.parse("2027-01-02T00:00:00Z")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(senders.senderOf(TenantId.of(gemeente)).branding().name()).isEqualTo("Gemeente Nieuw"));

        // A late, older profile changes nothing.
        assertThat(senders.apply(TestCohorts.profile(gemeente, "Gemeente Tussen", 2))).isFalse();
        assertThat(senders.apply(TestCohorts.profile(gemeente, "Gemeente Nieuw", 3))).isFalse();
        assertThat(senders.senderOf(TenantId.of(gemeente)).branding().name()).isEqualTo("Gemeente Nieuw");

        String contact = "jan@" + gemeente + ".example";
        events.publish(gemeente, "cohort-1", TestCohorts.registered(gemeente, contact, null));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(TestSmtp.received(contact)).hasSize(1));
        ReceivedMail mail = ReceivedMail.to(contact).get(0);
        assertThat(mail.header("From")).contains("Koploperteam Gemeente Nieuw").contains("<noreply@koploper.example>");
        assertThat(mail.header("Reply-To")).isEqualTo("duurzaam@" + gemeente + ".example");
        assertThat(mail.header("Message-ID")).endsWith("@koploper.example>");
        assertThat(mail.text("text/html")).contains("Gemeente Nieuw").contains("https://" + gemeente + ".example/logo.png");
        assertThat(mail.partTypes()).containsExactly("text/plain", "text/html");
    }

    @Test
    void aGemeenteWithoutProfileStillGetsItsMailFromTheDefaultSender() throws Exception {
        String gemeente = TestTokens.newGemeente("unknown");
        String contact = "jan@" + gemeente + ".example";
        events.publish(gemeente, "cohort-1", TestCohorts.registered(gemeente, contact, null));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(TestSmtp.received(contact)).hasSize(1));
        ReceivedMail mail = ReceivedMail.to(contact).get(0);
        assertThat(mail.header("From")).contains("Koploperproject").contains("<noreply@koploper.example>");
        assertThat(mail.header("Reply-To")).isNull();
        assertThat(mail.text("text/plain")).contains(gemeente);
    }
}
