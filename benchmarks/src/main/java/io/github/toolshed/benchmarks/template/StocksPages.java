package io.github.toolshed.benchmarks.template;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.tree.Node;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import io.github.toolshed.template.Engine;
import io.github.toolshed.template.Template;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** The stocks page compiled once per engine, each with HTML escaping on; {@code render*} renders it. */
public final class StocksPages {

    /** A logic-less row for Mustache. */
    public record Row(int counter, String rowClass, boolean negative, Stock item) {}

    private final List<Stock> items = StocksData.stocks();
    private final Map<String, Object> context = Map.of("items", items);
    private final Template toolshed;
    private final PebbleTemplate pebble;
    private final freemarker.template.Template ftl;
    private final Mustache mustache;
    private final Map<String, Object> mustacheScope;
    private final TemplateEngine thymeleaf;
    private final String thymeleafSource;
    private final Jinjava jinjava;
    private final Node jinjavaTree;

    /** Compiles the page for every engine. */
    public StocksPages() {
        toolshed = Engine.builder().build().fromString(StocksData.resource("stocks.dtl.html"));

        pebble = new PebbleEngine.Builder().loader(new StringLoader()).autoEscaping(true).build()
                .getTemplate(StocksData.resource("stocks.peb.html"));

        try {
            Configuration cfg = new Configuration(Configuration.VERSION_2_3_32);
            cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
            cfg.setNumberFormat("computer");
            ftl = new freemarker.template.Template("stocks", new StringReader(StocksData.resource("stocks.ftl")), cfg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        mustache = new DefaultMustacheFactory().compile(new StringReader(StocksData.resource("stocks.mustache")), "stocks");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Stock s = items.get(i);
            rows.add(new Row(i + 1, (i + 1) % 2 == 0 ? "even" : "odd", s.getChange() < 0.0, s));
        }
        mustacheScope = Map.of("rows", rows);

        thymeleaf = new TemplateEngine();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCacheable(true);
        thymeleaf.setTemplateResolver(resolver);
        thymeleafSource = StocksData.resource("stocks.thymeleaf.html");

        jinjava = new Jinjava();
        jinjavaTree = jinjava.newInterpreter().parse(StocksData.resource("stocks.jinjava.html"));
    }

    /** @return the page rendered by Toolshed */
    public String renderToolshed() {
        return toolshed.render(context);
    }

    /** @return the page rendered by Pebble */
    public String renderPebble() {
        StringWriter w = new StringWriter(8192);
        try {
            pebble.evaluate(w, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** @return the page rendered by FreeMarker */
    public String renderFreemarker() {
        StringWriter w = new StringWriter(8192);
        try {
            ftl.process(context, w);
        } catch (IOException | freemarker.template.TemplateException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    /** @return the page rendered by mustache.java */
    public String renderMustache() {
        StringWriter w = new StringWriter(8192);
        mustache.execute(w, mustacheScope);
        return w.toString();
    }

    /** @return the page rendered by Thymeleaf */
    public String renderThymeleaf() {
        Context ctx = new Context();
        ctx.setVariable("items", items);
        return thymeleaf.process(thymeleafSource, ctx);
    }

    /** @return the page rendered by Jinjava */
    public String renderJinjava() {
        // Render the pre-parsed tree, as Jinjava.render(String, Map) would re-parse every time.
        JinjavaInterpreter interpreter = new JinjavaInterpreter(jinjava,
                new com.hubspot.jinjava.interpret.Context(jinjava.getGlobalContext(), context), jinjava.getGlobalConfig());
        JinjavaInterpreter.pushCurrent(interpreter);
        try {
            return interpreter.render(jinjavaTree);
        } finally {
            JinjavaInterpreter.popCurrent();
        }
    }
}
