package dev.obsgen.core.verify;

/**
 * Verification could not run: bad options, a secret that cannot be read, a server that does not answer, answers
 * too slowly, answers too much or answers something that is not the Prometheus HTTP API. The message is one line
 * and never holds a secret.
 */
public final class VerifyException extends RuntimeException {
    public VerifyException(String message) {
        super(message);
    }

    public VerifyException(String message, Throwable cause) {
        super(message, cause);
    }
}
