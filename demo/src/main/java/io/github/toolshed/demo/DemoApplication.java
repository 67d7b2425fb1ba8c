package io.github.toolshed.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/** The Toolshed demo application: one Spring Boot app that wires every part together. */
@SpringBootApplication
public class DemoApplication {

    private static final Logger log = LoggerFactory.getLogger(DemoApplication.class);

    /**
     * Starts the demo on embedded defaults.
     *
     * @param args Spring Boot command-line arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(DemoApplication.class, args);
    }

    /** Logs the Java runtime once the app is ready, so a run shows which JDK served it. */
    @EventListener(ApplicationReadyEvent.class)
    void logRuntime() {
        log.info(
                "Toolshed demo running on Java {} ({} {})",
                Runtime.version(),
                System.getProperty("java.vm.vendor"),
                System.getProperty("java.home"));
    }
}
