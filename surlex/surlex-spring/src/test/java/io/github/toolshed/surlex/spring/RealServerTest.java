package io.github.toolshed.surlex.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The integration on a real Tomcat on a random port, including per-request views under concurrency. */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "toolshed.surlex.macros.lang=en|de")
class RealServerTest {

    private static final int REQUESTS = 20;

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void routesOverHttp() throws Exception {
        HttpResponse<String> r = send("GET", "/blog/2009/sep/06/surlex-released/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("detail 2009 sep 6 surlex-released");
        assertThat(send("GET", "/api/numbers/99999999999").statusCode()).isEqualTo(400);
        assertThat(send("GET", "/no/such/page").statusCode()).isEqualTo(404);
        HttpResponse<String> notAllowed = send("DELETE", "/get-only/");
        HttpResponse<String> springNotAllowed = send("DELETE", "/spring/get-only/");
        assertThat(notAllowed.statusCode()).isEqualTo(405).isEqualTo(springNotAllowed.statusCode());
        assertThat(notAllowed.headers().firstValue("Allow")).isEqualTo(springNotAllowed.headers().firstValue("Allow"));
    }

    @Test
    void perRequestView_keepsEachRequestsStateApart() throws Exception {
        assertThat(mismatches("/views/per-request/")).isEmpty();
    }

    @Test
    void singletonView_withTheSameCode_leaksStateBetweenRequests() throws Exception {
        assertThat(mismatches("/views/singleton/")).isNotEmpty();
    }

    /** Fires requests in concurrent pairs and returns the ids that came back with another request's data. */
    private List<String> mismatches(String prefix) throws Exception {
        List<String> wrong = new ArrayList<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int pair = 0; pair < REQUESTS / 2; pair++) {
                List<Future<String[]>> futures = new ArrayList<>();
                for (int k = 0; k < 2; k++) {
                    String id = String.valueOf(pair * 2 + k);
                    futures.add(executor.submit(() -> new String[] {id, send("GET", prefix + id).body()}));
                }
                for (Future<String[]> f : futures) {
                    String[] result = f.get();
                    if (!result[0].equals(result[1])) {
                        wrong.add(result[0] + "->" + result[1]);
                    }
                }
            }
        }
        return wrong;
    }
}
