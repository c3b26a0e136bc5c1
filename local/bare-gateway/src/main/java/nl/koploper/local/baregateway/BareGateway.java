package nl.koploper.local.baregateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Spring Cloud Gateway with one route and nothing else (application.yml): what the project's gateway adds to. */
@SpringBootApplication
public class BareGateway {

    public static void main(String[] args) {
        SpringApplication.run(BareGateway.class, args);
    }
}
