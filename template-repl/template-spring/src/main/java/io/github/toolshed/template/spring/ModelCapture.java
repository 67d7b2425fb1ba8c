package io.github.toolshed.template.spring;

import jakarta.servlet.Filter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Runs a GET request in-process against a Spring MVC application and returns what the Toolshed
 * template of the page would have been rendered with, instead of the page: the model plus the
 * request-level values {@link ToolshedView} adds ({@code request}, {@code csrf_token}). Nothing is
 * sent over a network and no response body is written.
 *
 * <pre>{@code
 * CapturedModel page = ModelCapture.of(context).capture("/blog/2009/sep/06/surlex-released/");
 * page.templateName();           // "blog/post.html"
 * page.values().get("post");     // the controller's model attribute
 * }</pre>
 *
 * <p>The request goes through the application's {@code DispatcherServlet} configuration and its
 * servlet {@link Filter} beans (Spring Security's chain among them) with Spring's MockMvc, so
 * {@code spring-test} must be on the class path. Thread-safe; each capture is one request.
 */
public final class ModelCapture {

    private final MockMvc mvc;

    private ModelCapture(MockMvc mvc) {
        this.mvc = mvc;
    }

    /**
     * Prepares captures against a web application context.
     *
     * @param context the application's context (with a servlet context, e.g. a running Boot app)
     * @return the capture
     */
    public static ModelCapture of(WebApplicationContext context) {
        Objects.requireNonNull(context, "context");
        Filter[] filters = context.getBeanProvider(Filter.class).orderedStream().toArray(Filter[]::new);
        return new ModelCapture(MockMvcBuilders.webAppContextSetup(context).addFilters(filters).build());
    }

    /**
     * Runs {@code GET path} and returns the values its template would have seen.
     *
     * @param path an absolute path within the application, optionally with a query string,
     *     e.g. {@code /blog/?page=2}
     * @return the template name and its values
     * @throws ModelCaptureException when the path is not a plain path, the request fails, or the
     *     page is not rendered by a Toolshed template (a redirect, an error status, JSON)
     */
    public CapturedModel capture(String path) {
        URI uri = parse(path);
        CaptureSink sink = new CaptureSink();
        MvcResult result;
        try {
            result = mvc.perform(MockMvcRequestBuilders.get(uri).requestAttr(CaptureSink.ATTRIBUTE, sink)).andReturn();
        } catch (Exception e) {
            throw new ModelCaptureException("GET " + path + " failed: " + e.getMessage(), e);
        }
        if (sink.captured()) {
            return new CapturedModel(path, sink.templateName(), sink.values());
        }
        MockHttpServletResponse response = result.getResponse();
        String what = response.getRedirectedUrl() != null
                ? "redirected to " + response.getRedirectedUrl()
                : response.getForwardedUrl() != null
                        ? "forwarded to " + response.getForwardedUrl()
                        : "was not rendered by a Toolshed template"
                                + (response.getContentType() == null ? "" : " (" + response.getContentType() + ")");
        throw new ModelCaptureException("GET " + path + " " + what + ", status " + response.getStatus());
    }

    private static URI parse(String path) {
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/") || path.startsWith("//")) {
            throw new ModelCaptureException("not a path within the application: '" + path
                    + "' (expected something like /blog/?page=2)");
        }
        try {
            URI uri = new URI(path);
            if (uri.getScheme() != null || uri.getRawAuthority() != null) {
                throw new ModelCaptureException("not a path within the application: '" + path + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ModelCaptureException("invalid path '" + path + "': " + e.getReason() + " at index " + e.getIndex());
        }
    }
}
