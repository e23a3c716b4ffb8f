package dev.obsgen.core.check;

/**
 * An error stops the build and nothing is written; a warning is printed and the build goes on; a note records a
 * finding that a suppression silenced, with its reason.
 */
public enum FindingSeverity {
    ERROR, WARNING, NOTE;

    public String label() {
        return switch (this) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }
}
