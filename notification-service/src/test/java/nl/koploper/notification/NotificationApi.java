package nl.koploper.notification;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.koploper.test.TestTokens;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Calls of the notification API as a coordinator, and the checks every problem answer gets. */
public final class NotificationApi {

    private final MockMvc http;

    public NotificationApi(MockMvc http) {
        this.http = http;
    }

    public static String coordinator(String gemeente) {
        return TestTokens.bearer(gemeente, "coordinator");
    }

    /** The delivery log entries of {@code gemeente} for {@code recipient}, as JSON objects. */
    public List<java.util.Map<String, Object>> deliveriesTo(String gemeente, String recipient) throws Exception {
        String json = http.perform(get("/api/notifications/deliveries").param("size", "100")
                        .header("Authorization", coordinator(gemeente)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(json, "$.content[?(@.recipient == '" + recipient + "')]");
    }

    public static ResultActions problem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
