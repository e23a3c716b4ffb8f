package dev.obsgen.core;

/** The model class could not be found, instantiated or run. */
public final class ModelLoadException extends RuntimeException {
    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
