/**
 * The application-side names the docs' Java examples use without declaring them (a blog's
 * {@code Post}, a {@code BlogService}, a {@code reverser} bean, ...). A block marked
 * {@code <!-- context: SurlexSpringDocs -->} is compiled with the members of that class imported,
 * so the example stays short and still compiles against the real API.
 */
package io.github.toolshed.demo.docs.context;
