package dev.obsgen.core.write;

/**
 * A write that could not be done, with a message a person can act on: what failed, why, and what was (or was not)
 * written. The front ends print the message alone; the cause is for {@code --debug}.
 */
public final class OutputException extends RuntimeException {
    public OutputException(String message) {
        super(message);
    }

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
