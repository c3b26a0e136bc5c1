package nl.koploper.footprint;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FootprintServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(FootprintServiceApplication.class, args);
    }
}
