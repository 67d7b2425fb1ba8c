package io.github.toolshed.demo.docs.context;

/** What docs/templates.md's examples assume an application has. */
public final class TemplatesDocs {

    private TemplatesDocs() {}

    /** The application's main class. */
    public static final class MyApp {}

    /** Values a page renders. */
    public static Object post, user;

    /** An order number. */
    public static String number;
}
