package io.github.toolshed.demo.docs.context;

import io.github.toolshed.surlex.spring.UrlReverser;
import java.lang.reflect.Method;
import java.util.List;
import java.util.UUID;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/** What docs/surlex-spring.md's examples assume an application has. */
public final class SurlexSpringDocs {

    private SurlexSpringDocs() {}

    /** The reverser bean. */
    public static UrlReverser reverser;
    /** Some id. */
    public static UUID uuid;
    /** A controller method, for reversing by {@link Method}. */
    public static Method method;
    /** A controller bean whose method {@link #legacyMethod} handles a route. */
    public static Object legacyController;
    /** The handler method of {@link #legacyController}. */
    public static Method legacyMethod;

    /** Renders something. */
    public static String render() {
        return "";
    }

    /** A blog post. */
    public record Post(String slug) {}

    /** An API item. */
    public record Item(UUID id) {}

    /** The application's service. */
    public interface BlogService {

        /** The latest posts. */
        List<Post> latest();
    }

    /** A controller with an item method. */
    public static class ItemApi {

        /** Returns an item. */
        public Item item(UUID id) {
            return new Item(id);
        }
    }

    /** A handler view with state per request. */
    public static class PostView implements HandlerFunction<ServerResponse> {

        /** A view without dependencies. */
        public PostView() {}

        /** A view using the service. */
        public PostView(BlogService blog) {}

        @Override
        public ServerResponse handle(ServerRequest request) {
            return ServerResponse.ok().build();
        }
    }

    /** A tag page view. */
    public static class TagView extends PostView {}

    /** The blog's index view. */
    public static class BlogIndexView extends PostView {}

    /** A doc page view. */
    public static class BlogPageView extends PostView {}
}
