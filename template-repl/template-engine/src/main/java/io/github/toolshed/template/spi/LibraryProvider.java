package io.github.toolshed.template.spi;

import java.util.List;

/**
 * Supplies libraries to every engine built with {@code Engine.builder().discoverLibraries()}
 * through {@link java.util.ServiceLoader}: list the implementing class in
 * {@code META-INF/services/io.github.toolshed.template.spi.LibraryProvider}.
 */
public interface LibraryProvider {

    /**
     * The libraries this provider contributes, registered in list order.
     *
     * @return the libraries
     */
    List<Library> libraries();
}
