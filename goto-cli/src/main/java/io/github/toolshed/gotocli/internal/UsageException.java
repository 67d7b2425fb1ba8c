package io.github.toolshed.gotocli.internal;

import io.github.toolshed.gotocli.GotoException;

/** A command line that does not make sense: exit status 2 and a pointer to {@code --help}. */
final class UsageException extends GotoException {

    UsageException(String message) {
        super(message);
    }
}
