package dev.obsgen.core.team;

/** The models given to compose do not fit together: two platforms, or a team declared on another platform. */
public final class CompositionException extends RuntimeException {
    public CompositionException(String message) {
        super(message);
    }
}
