package nl.koploper.notification.unsubscribe;

import static nl.koploper.notification.NotificationApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.koploper.notification.compose.MailComposer;
import nl.koploper.notification.compose.PortalLinks;
import nl.koploper.notification.compose.Recipient;
import nl.koploper.notification.delivery.DeliveryStatus;
import nl.koploper.notification.delivery.PendingMail;
import nl.koploper.notification.delivery.PendingMails;
import nl.koploper.notification.template.MessageData;
import nl.koploper.notification.template.MessageType;
import nl.koploper.platform.events.ReceivedEvent;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The signed unsubscribe link of non-essential mail: GET shows, POST unsubscribes, a forged link is a 401; after it,
 * reminders to that recipient are not written, while invitations and confirmations still are.
 */
@KoploperIntegrationTest
class UnsubscribeIT extends ServiceIntegrationTest {

    private static final String PATH = "/api/public/notifications/unsubscribe";

    @Autowired
    Unsubscriptions unsubscriptions;
    @Autowired
    PortalLinks links;
    @Autowired
    MailComposer composer;
    @Autowired
    PendingMails mails;

    TenantId gemeente;
    String recipient;
    String token;

    @BeforeEach
    void setUp() {
        gemeente = TenantId.of(TestTokens.newGemeente("unsub"));
        recipient = "lezer@" + gemeente.value() + ".example";
        token = TenantContext.callAs(gemeente, () -> unsubscriptions.tokenFor(recipient));
        // The mailed link is the portal's page with the token; the page calls PATH with the same token.
        assertThat(links.unsubscribe(token)).isEqualTo("http://localhost:8070/afmelden?token=" + token);
    }

    @Test
    void theLinkUnsubscribesFromRemindersButNotFromEssentialMail() throws Exception {
        http.perform(get(PATH).param("token", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unsubscribed").value(false))
                .andExpect(jsonPath("$.gemeente").value(gemeente.value()));
        assertThat(composeReminder(recipient)).isTrue();

        http.perform(post(PATH).param("token", token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.unsubscribed").value(true));
        http.perform(post(PATH).param("token", token)).andExpect(status().isOk());
        http.perform(get(PATH).param("token", token)).andExpect(jsonPath("$.unsubscribed").value(true));

        assertThat(composeReminder(recipient)).as("a reminder after unsubscribing").isFalse();
        assertThat(composeReminder("ander@" + gemeente.value() + ".example")).as("someone else's reminder").isTrue();
        assertThat(TenantContext.callAs(gemeente, () -> composer.compose(event(), MessageType.WAITING_LIST_PROMOTION,
                new Recipient(recipient, "Lezer", "nl"), data -> data.with("cohort.name", "Koplopers")
                        .with("organisation.name", "Bakkerij"), null))).as("essential mail").isTrue();

        List<PendingMail> written = TenantContext.callAs(gemeente, () -> mails.page(null, null, 0, 10));
        assertThat(written).extracting(PendingMail::messageType).containsOnly(MessageType.MEETING_REMINDER,
                MessageType.WAITING_LIST_PROMOTION);
        assertThat(written).filteredOn(m -> m.messageType() == MessageType.MEETING_REMINDER).hasSize(2)
                .allSatisfy(m -> assertThat(m.content().text()).contains("http://localhost:8070/afmelden?token=")
                        .doesNotContain(PATH));
        assertThat(written).allSatisfy(m -> assertThat(m.status()).isNotNull().isNotEqualTo(DeliveryStatus.FAILED));
    }

    @Test
    void aForgedOrMissingTokenIsRefused() throws Exception {
        String[] parts = token.split("\\.");
        String otherPayload = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("other-gemeente|" + "0".repeat(64)).getBytes());
        problem(http.perform(get(PATH).param("token", otherPayload + "." + parts[1])), 401);
        problem(http.perform(post(PATH).param("token", parts[0] + "." + parts[1].substring(1))), 401);
        problem(http.perform(post(PATH).param("token", "not-a-token")), 401);
        problem(http.perform(post(PATH)), 401);
        http.perform(get(PATH).param("token", token)).andExpect(jsonPath("$.unsubscribed").value(false));
    }

    @Test
    void aBadLinkIsExplainedInDutchUnlessEnglishIsAsked() throws Exception {
        problem(http.perform(get(PATH).param("token", "not-a-token")), 401)
                .andExpect(jsonPath("$.title").value("Ongeldige afmeldlink"))
                .andExpect(jsonPath("$.detail").value("Deze afmeldlink is niet geldig; gebruik de link uit de e-mail"));
        problem(http.perform(get(PATH).param("token", "not-a-token").header("Accept-Language", "en")), 401)
                .andExpect(jsonPath("$.title").value("Invalid unsubscribe link"))
                .andExpect(jsonPath("$.detail").value("This unsubscribe link is not valid; use the link from the e-mail"));
    }

    private boolean composeReminder(String to) {
        return TenantContext.callAs(gemeente, () -> composer.compose(event(), MessageType.MEETING_REMINDER,
                new Recipient(to, "Lezer", "nl"), UnsubscribeIT::reminderValues, null));
    }

    private static void reminderValues(MessageData data) {
        data.with("meeting.title", "Kennissessie")
                .withDateTime("meeting.start", java.time.ZonedDateTime.parse("2027-03-09T19:30:00+01:00[Europe/Amsterdam]"))
                .with("meeting.location", "Gemeentehuis");
    }

    private ReceivedEvent<Object> event() {
        return new ReceivedEvent<>(UUID.randomUUID().toString(), "test", "/test", gemeente, Instant.now(), "s",
                new Object());
    }
}
