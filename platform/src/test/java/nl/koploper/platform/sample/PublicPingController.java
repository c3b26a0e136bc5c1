package nl.koploper.platform.sample;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PublicPingController {

    @GetMapping("/api/public/ping")
    Map<String, String> ping() {
        return Map.of("answer", "pong");
    }
}
