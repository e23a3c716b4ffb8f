package dev.obsgen.promql;

/**
 * The failure of a dispatch over the sealed node families ({@link Expr}, {@link DurationExpr}) that meets a kind it
 * has no branch for: a new kind must be handled everywhere, never skipped in silence.
 */
final class UnhandledNode {
    private UnhandledNode() {
    }

    static IllegalStateException of(Object node) {
        return new IllegalStateException("unhandled node kind " + node.getClass().getSimpleName());
    }
}
