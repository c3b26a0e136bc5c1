package nl.koploper.platform.sample;

import java.util.Map;
import nl.koploper.platform.gemeente.GemeenteRegistry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PublicPingController {

    private final GemeenteRegistry gemeenten;

    PublicPingController(GemeenteRegistry gemeenten) {
        this.gemeenten = gemeenten;
    }

    @GetMapping("/api/public/ping")
    Map<String, String> ping() {
        return Map.of("answer", "pong");
    }

    /** A public link of one gemeente, as a self-registration or RSVP link is: only for registered, active ones. */
    @GetMapping("/api/public/gemeenten/{tenant}/ping")
    Map<String, String> gemeentePing(@PathVariable String tenant) {
        return Map.of("answer", "pong from " + gemeenten.requireActive(tenant).value());
    }
}
