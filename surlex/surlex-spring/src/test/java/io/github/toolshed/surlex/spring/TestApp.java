package io.github.toolshed.surlex.spring;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/** The application the web tests run: annotated and functional surlex routes beside a plain @GetMapping. */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({TestApp.BlogController.class, TestApp.ApiController.class, TestApp.PlainSpringController.class,
        TestApp.PrototypeController.class})
class TestApp {

    @RestController
    static class BlogController {

        @SurlexMapping(value = "/blog/<year:Y>/<month:M>/<day:d>/<slug:s>/", name = "blog_post_detail",
                method = RequestMethod.GET)
        String detail(@PathVariable int year, @PathVariable String month, @PathVariable int day, @PathVariable String slug) {
            return "detail " + year + " " + month + " " + day + " " + slug;
        }

        @SurlexMapping(value = "/blog/archive/(<year:Y>/(<month:m>/))", name = "blog_archive", method = RequestMethod.GET)
        String archive(@PathVariable(required = false) Integer year, @PathVariable(required = false) Integer month) {
            LocalDate first = year == null ? null : LocalDate.of(year, month == null ? 1 : month, 1);
            return "archive " + year + " " + month + " " + first;
        }

        @SurlexMapping(value = "/dates/<year:Y>/<month:M>/<day:d>/", name = "dates_day", method = RequestMethod.GET)
        String day(@SurlexDate LocalDate date) {
            return "date " + date;
        }

        @SurlexMapping(value = "/dates/<year:y>/(<month:m>/)", name = "dates_month", method = RequestMethod.GET)
        String month(@SurlexDate LocalDate date) {
            return "date " + date;
        }

        @SurlexMapping(value = "/blog/<year:y>/", name = "blog_short_year", method = RequestMethod.GET)
        String shortYear(@PathVariable String year) {
            return "short " + year;
        }

        @SurlexMapping(value = "/posts/", name = "post_list", method = RequestMethod.GET)
        String list() {
            return "list";
        }

        @SurlexMapping(value = "/posts/", name = "post_create", method = RequestMethod.POST)
        @ResponseStatus(HttpStatus.CREATED)
        String create() {
            return "created";
        }

        @SurlexMapping(value = "/files/*.txt", method = RequestMethod.GET)
        String file() {
            return "file";
        }

        @SurlexMapping(value = "/get-only/", method = RequestMethod.GET)
        String getOnly() {
            return "get-only";
        }
    }

    @RestController
    @SurlexMapping("/api")
    static class ApiController {

        @SurlexMapping(value = "/items/<id:u>", name = "api_item")
        String item(@PathVariable UUID id) {
            return "item " + id;
        }

        @SurlexMapping(value = "/numbers/<n:#>", name = "api_number")
        String number(@PathVariable int n) {
            return "number " + n;
        }

        @SurlexMapping(value = "/lang/<lang:lang>/", name = "api_lang")
        String lang(@PathVariable String lang) {
            return "lang " + lang;
        }

        @SurlexMapping(value = "/tree/<a>/<b>/<c>/<n:#>/", name = "api_tree")
        String tree(@PathVariable String a) {
            return "tree " + a;
        }

        /** Overlaps with search(): sorted by signature it would come after it; order puts it first. */
        @SurlexMapping(value = "/search/special", order = -1)
        String special() {
            return "special";
        }

        @SurlexMapping(value = "/search/<q>", name = "api_search")
        String search(@PathVariable String q) {
            return "search " + q;
        }
    }

    /** A prototype-scoped controller: the bean factory makes one per request, so its field starts at 0. */
    @RestController
    @org.springframework.context.annotation.Scope("prototype")
    static class PrototypeController {
        private int count;

        @SurlexMapping(value = "/prototype/count", method = RequestMethod.GET)
        String count() {
            return String.valueOf(++count);
        }
    }

    @RestController
    static class PlainSpringController {
        @GetMapping("/spring/get-only/")
        String getOnly() {
            return "spring";
        }
    }

    /**
     * A view that keeps request state in a field, then waits for a second request to do the same
     * before answering: if two requests share one instance, one of them answers with the other's
     * data.
     */
    static final class RequestStateView implements HandlerFunction<ServerResponse> {
        private final CyclicBarrier barrier;
        private String id;

        RequestStateView(CyclicBarrier barrier) {
            this.barrier = barrier;
        }

        @Override
        public ServerResponse handle(ServerRequest request) throws Exception {
            id = request.pathVariable("id");
            try {
                barrier.await(2, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.BrokenBarrierException e) {
                // A lone request still answers; the test sends them in pairs.
            }
            return ServerResponse.ok().body(id);
        }
    }

    /** Constructed by the bean factory per request: shows injection into view classes. */
    static final class GreetingView implements HandlerFunction<ServerResponse> {
        private final Greeter greeter;

        GreetingView(Greeter greeter) {
            this.greeter = greeter;
        }

        @Override
        public ServerResponse handle(ServerRequest request) {
            return ServerResponse.ok().body(greeter.greet(request.pathVariable("who")));
        }
    }

    record Greeter(String greeting) {
        String greet(String who) {
            return greeting + ", " + who;
        }
    }

    @Bean
    Greeter greeter() {
        return new Greeter("hello");
    }

    @Bean
    SurlexRoutes functionalRoutes() {
        CyclicBarrier perRequestBarrier = new CyclicBarrier(2);
        CyclicBarrier sharedBarrier = new CyclicBarrier(2);
        RequestStateView shared = new RequestStateView(sharedBarrier);
        return SurlexRoutes.builder()
                .get("fn_hello", "/fn/hello/<who:s>", r -> ServerResponse.ok().body("hi " + r.pathVariable("who")))
                .post("fn_echo", "/fn/echo/", r -> ServerResponse.ok().body(Map.of("got", r.body(String.class))))
                .view("fn_greet", "/fn/greet/<who:s>", GreetingView.class)
                .view("views_per_request", "/views/per-request/<id:#>", () -> new RequestStateView(perRequestBarrier))
                .get("views_singleton", "/views/singleton/<id:#>", shared)
                .include("/fn/v2", g -> g.get("fn_v2_ping", "/ping", r -> ServerResponse.ok().body("pong")))
                .build();
    }
}
