package io.github.toolshed.demo.docs.context;

/** What docs/surlex.md's router example assumes: some handler type and values. */
public final class SurlexDocs {

    private SurlexDocs() {}

    /** Whatever an application routes to. */
    public interface Handler {}

    /** Handlers. */
    public static Handler home, archive, detail, item;
}
