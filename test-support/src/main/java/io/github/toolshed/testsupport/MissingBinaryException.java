package io.github.toolshed.testsupport;

/** A server binary a test needs is not installed; the message names the Debian package. */
public final class MissingBinaryException extends RuntimeException {

    MissingBinaryException(String binary, String debianPackage) {
        super("'" + binary + "' was not found on PATH or in /usr/sbin: install the Debian package '"
                + debianPackage + "' (apt-get install " + debianPackage
                + "), or run scripts/integration-tests, which installs it");
    }
}
