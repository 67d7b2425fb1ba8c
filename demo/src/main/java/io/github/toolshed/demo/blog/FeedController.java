package io.github.toolshed.demo.blog;

import io.github.toolshed.surlex.spring.SurlexMapping;
import io.github.toolshed.surlex.spring.UrlReverser;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The Atom feed of the latest posts at {@code /feed.xml}, written with StAX so it is always well-formed. */
@Controller
class FeedController {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final int ENTRIES = 20;

    private final PostRepository posts;
    private final UrlReverser urls;

    FeedController(PostRepository posts, UrlReverser urls) {
        this.posts = posts;
        this.urls = urls;
    }

    @SurlexMapping(value = "/feed.xml", name = "blog_feed", method = RequestMethod.GET)
    ResponseEntity<String> feed() throws XMLStreamException {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        List<Post> latest = posts.all().subList(0, Math.min(ENTRIES, posts.all().size()));
        StringWriter out = new StringWriter(16384);
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        text(xml, "title", "Toolshed blog");
        text(xml, "id", base + urls.reverse("blog_index"));
        link(xml, "alternate", base + urls.reverse("blog_index"));
        link(xml, "self", base + urls.reverse("blog_feed"));
        text(xml, "updated", latest.isEmpty() ? "1970-01-01T00:00:00Z" : timestamp(latest.getFirst()));
        xml.writeStartElement("author");
        text(xml, "name", "Toolshed");
        xml.writeEndElement();
        for (Post p : latest) {
            String url = base + urls.reverse("blog_post_detail",
                    Map.of("year", p.year(), "month", p.month(), "day", p.day(), "slug", p.slug()));
            xml.writeStartElement("entry");
            text(xml, "title", p.title());
            text(xml, "id", url);
            link(xml, "alternate", url);
            text(xml, "updated", timestamp(p));
            text(xml, "summary", p.summary());
            for (String tag : p.tags()) {
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", tag);
            }
            xml.writeStartElement("content");
            xml.writeAttribute("type", "html");
            xml.writeCharacters(p.html());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(out.toString());
    }

    private static String timestamp(Post p) {
        return DateTimeFormatter.ISO_INSTANT.format(p.date().atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
