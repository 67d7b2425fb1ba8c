package io.github.toolshed.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The AOT cache's training run ({@code toolshed.demo.aot-training=true}, used by the build): once
 * the server is up, requests every kind of page twice over loopback (a render, then a page-cache
 * hit), a 404 and the chat client, then exits, so the JVM writes a cache that covers serving
 * requests, not only starting. A page that answers an unexpected status is logged as an error
 * (in target/aot-training.log) and the run exits with status 1.
 */
@Component
@ConditionalOnBooleanProperty("toolshed.demo.aot-training")
class AotTraining {

    private static final Logger log = LoggerFactory.getLogger(AotTraining.class);

    /** Paths and the status each must answer. */
    static final Map<String, Integer> PAGES = Map.of("/", 200, "/about/", 200, "/feed.xml", 200,
            "/search?q=cache", 200, "/tags/surlex/", 200, "/blog/2026/nov/20/surlex/", 200, "/chat/", 200,
            "/no-such-page/", 404);

    @EventListener(ApplicationReadyEvent.class)
    void train(ApplicationReadyEvent event) {
        int port = ((WebServerApplicationContext) event.getApplicationContext()).getWebServer().getPort();
        int exit = 0;
        try (HttpClient client = HttpClient.newHttpClient()) {
            for (int round = 0; round < 2; round++) {
                for (var page : PAGES.entrySet()) {
                    HttpResponse<Void> response = client.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + page.getKey()))
                            .header("Accept", page.getKey().startsWith("/actuator") ? "application/json" : "text/html")
                            .build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != page.getValue()) {
                        log.error("training: {} answered {}, expected {}", page.getKey(), response.statusCode(),
                                page.getValue());
                        exit = 1;
                    }
                }
            }
        } catch (IOException e) {
            log.error("training: request failed", e);
            exit = 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = 1;
        }
        log.info("AOT training done: {} requests", 2 * PAGES.size());
        int code = exit;
        System.exit(SpringApplication.exit(event.getApplicationContext(), () -> code));
    }

    /** The paths requested, for tests. */
    static List<String> paths() {
        return List.copyOf(PAGES.keySet());
    }
}
