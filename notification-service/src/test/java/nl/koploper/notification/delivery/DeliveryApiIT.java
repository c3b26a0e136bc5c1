package nl.koploper.notification.delivery;

import static nl.koploper.notification.NotificationApi.coordinator;
import static nl.koploper.notification.NotificationApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import nl.koploper.notification.AbstractIT;
import nl.koploper.notification.ReceivedMail;
import nl.koploper.notification.TestCohorts;
import nl.koploper.notification.TestSmtp;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The delivery log: a gemeente's coordinators see its entries (no mail bodies), filtered and paged; another gemeente
 * sees nothing of them (404, empty list); participants are refused; a platform-admin names the gemeente.
 */
@KoploperIntegrationTest
class DeliveryApiIT extends AbstractIT {

    String gemeenteA;
    String gemeenteB;
    String contact;
    String deliveryId;

    @BeforeEach
    void aSentMailOfGemeenteA() throws Exception {
        gemeenteA = gemeenten.newGemeente("loga");
        gemeenteB = gemeenten.newGemeente("logb");
        contact = "log@" + gemeenteA + ".example";
        events.publish(gemeenteA, "cohort-1", TestCohorts.registered(gemeenteA, contact, null));
        events.publish(gemeenteB, "cohort-1", TestCohorts.registered(gemeenteB, "log@" + gemeenteB + ".example", null));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.deliveriesTo(gemeenteA, contact))
                .singleElement().satisfies(d -> assertThat(d.get("status")).isEqualTo("SENT")));
        Map<String, Object> delivery = api.deliveriesTo(gemeenteA, contact).get(0);
        deliveryId = (String) delivery.get("id");
    }

    @Test
    void aCoordinatorSeesTheLogOfTheGemeenteWithoutMailBodies() throws Exception {
        String messageId = new ReceivedMail(TestSmtp.received(contact).get(0)).header("Message-ID");
        http.perform(get("/api/notifications/deliveries").header("Authorization", coordinator(gemeenteA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].recipient").value(contact))
                .andExpect(jsonPath("$.content[0].type").value("REGISTRATION_CONFIRMATION"))
                .andExpect(jsonPath("$.content[0].status").value("SENT"))
                .andExpect(jsonPath("$.content[0].attempts").value(1))
                .andExpect(jsonPath("$.content[0].messageId").value(messageId))
                .andExpect(jsonPath("$.content[0].createdAt").exists())
                .andExpect(jsonPath("$.content[0].sentAt").exists())
                .andExpect(jsonPath("$.content[0].content").doesNotExist())
                .andExpect(jsonPath("$.content[0].html").doesNotExist())
                .andExpect(jsonPath("$.content[0].subject").doesNotExist());
        http.perform(get("/api/notifications/deliveries/" + deliveryId).header("Authorization", coordinator(gemeenteA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(deliveryId));
        http.perform(get("/api/notifications/deliveries").param("status", "FAILED")
                        .header("Authorization", coordinator(gemeenteA)))
                .andExpect(jsonPath("$.totalElements").value(0));
        http.perform(get("/api/notifications/deliveries").param("type", "WAITING_LIST_PROMOTION")
                        .header("Authorization", coordinator(gemeenteA)))
                .andExpect(jsonPath("$.totalElements").value(0));
        http.perform(get("/api/notifications/deliveries").param("type", "REGISTRATION_CONFIRMATION")
                        .param("status", "SENT").param("page", "0").param("size", "1")
                        .header("Authorization", coordinator(gemeenteA)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.totalPages").value(1));
    }

    @Test
    void anotherGemeenteSeesNothingOfIt() throws Exception {
        problem(http.perform(get("/api/notifications/deliveries/" + deliveryId)
                .header("Authorization", coordinator(gemeenteB))), 404);
        problem(http.perform(post("/api/notifications/deliveries/" + deliveryId + "/retry")
                .header("Authorization", coordinator(gemeenteB))), 404);
        http.perform(get("/api/notifications/deliveries").header("Authorization", coordinator(gemeenteB)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.recipient == '" + contact + "')]").isEmpty());
        problem(http.perform(get("/api/notifications/deliveries").param("tenant", gemeenteA)
                .header("Authorization", coordinator(gemeenteB))), 403);
    }

    @Test
    void onlyCoordinatorsAndPlatformAdminsNamingTheGemeente() throws Exception {
        problem(http.perform(get("/api/notifications/deliveries")
                .header("Authorization", TestTokens.bearer(gemeenteA, "participant"))), 403);
        problem(http.perform(get("/api/notifications/deliveries/" + deliveryId)
                .header("Authorization", TestTokens.bearer(gemeenteA, "advisor"))), 403);
        problem(http.perform(post("/api/notifications/deliveries/" + deliveryId + "/retry")
                .header("Authorization", TestTokens.bearer(gemeenteA, "participant"))), 403);
        problem(http.perform(get("/api/notifications/deliveries")), 401);
        http.perform(get("/api/notifications/deliveries").param("tenant", gemeenteA)
                        .header("Authorization", "Bearer " + TestTokens.platformAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(deliveryId));
        problem(http.perform(get("/api/notifications/deliveries")
                .header("Authorization", "Bearer " + TestTokens.platformAdmin())), 400);
    }

    @Test
    void badQueryParametersAreRefused() throws Exception {
        problem(http.perform(get("/api/notifications/deliveries").param("status", "LOST")
                .header("Authorization", coordinator(gemeenteA))), 400);
        problem(http.perform(get("/api/notifications/deliveries").param("type", "SPAM")
                .header("Authorization", coordinator(gemeenteA))), 400);
        problem(http.perform(get("/api/notifications/deliveries").param("size", "0")
                .header("Authorization", coordinator(gemeenteA))), 400);
        problem(http.perform(get("/api/notifications/deliveries").param("size", "1000")
                .header("Authorization", coordinator(gemeenteA))), 400);
        problem(http.perform(get("/api/notifications/deliveries/does-not-exist")
                .header("Authorization", coordinator(gemeenteA))), 404);
    }
}
