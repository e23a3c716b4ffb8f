package dev.obsgen.it.preview;

/** A DevTools command Chromium refused or could not carry out, with Chromium's own words. */
final class DevToolsException extends RuntimeException {
    DevToolsException(String message) {
        super(message);
    }

    DevToolsException(String message, Throwable cause) {
        super(message, cause);
    }
}
