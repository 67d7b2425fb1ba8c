package io.github.toolshed.template.spring;

import io.github.toolshed.template.Context;
import io.github.toolshed.template.Engine;
import io.github.toolshed.template.Template;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.View;

/**
 * A Spring MVC view rendering one Toolshed template. The context holds the model, plus
 * {@code request} (a {@link RequestValues}: {@code request.path}, {@code request.GET.q}, ...) and,
 * when Spring Security put a token on the request, {@code csrf_token} for {@code {% csrf_token %}}.
 * The page is rendered into a buffer first, so a template error never sends half a page.
 *
 * <p>Under a {@link ModelCapture} the view renders nothing and hands its values to the capture;
 * with {@code toolshed.template.repl.enabled} on a console, {@code {% repl %}} pauses the render
 * on the server's terminal.
 */
public class ToolshedView implements View {

    private static final boolean SECURITY_PRESENT = ClassUtils.isPresent(
            "org.springframework.security.web.csrf.CsrfToken", ToolshedView.class.getClassLoader());

    private final Engine engine;
    private final String templateName;
    private final String contentType;
    private final ViewBreakpoints breakpoints;

    /**
     * Creates a view.
     *
     * @param engine the engine that loads the template
     * @param templateName the template's name, e.g. {@code blog/post.html}
     * @param contentType the response's content type
     */
    public ToolshedView(Engine engine, String templateName, String contentType) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.templateName = Objects.requireNonNull(templateName, "templateName");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.breakpoints = ViewBreakpoints.NONE;
    }

    ToolshedView(Engine engine, String templateName, String contentType, ViewBreakpoints breakpoints) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.templateName = Objects.requireNonNull(templateName, "templateName");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.breakpoints = Objects.requireNonNull(breakpoints, "breakpoints");
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    /**
     * The template this view renders.
     *
     * @return the template name
     */
    public String templateName() {
        return templateName;
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        Map<String, Object> values = new HashMap<>();
        values.put("request", RequestValues.of(request));
        if (SECURITY_PRESENT) {
            String token = SecurityCsrf.token(request);
            if (token != null) {
                values.put("csrf_token", token);
            }
        }
        if (model != null) {
            values.putAll(model);
        }
        if (request.getAttribute(CaptureSink.ATTRIBUTE) instanceof CaptureSink sink) {
            // A ModelCapture request: hand over what the template would see, write nothing.
            sink.capture(templateName, values);
            return;
        }
        Template template = engine.getTemplate(templateName);
        StringWriter buffer = new StringWriter(4096);
        breakpoints.around(() -> template.render(new Context(values, engine.autoescape()), buffer));
        if (response.getContentType() == null) {
            response.setContentType(contentType);
        }
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = response.getWriter();
        out.write(buffer.toString());
        out.flush();
    }
}
