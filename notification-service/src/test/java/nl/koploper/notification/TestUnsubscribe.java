package nl.koploper.notification;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.koploper.notification.unsubscribe.Unsubscriptions;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Unsubscribes a recipient of a gemeente the way the recipient does: the portal's page of the link in their mail
 * posts its token to the public API.
 */
public final class TestUnsubscribe {

    private TestUnsubscribe() {
    }

    public static void unsubscribe(MockMvc http, Unsubscriptions unsubscriptions, String gemeente, String email)
            throws Exception {
        String token = TenantContext.callAs(TenantId.of(gemeente), () -> unsubscriptions.tokenFor(email));
        http.perform(post("/api/public/notifications/unsubscribe").param("token", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unsubscribed").value(true));
    }
}
