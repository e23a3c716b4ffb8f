package dev.obsgen.core.lint;

import dev.obsgen.core.check.FindingSeverity;

/** One line of lint output: {@code file:line:col: severity[id] message}. */
public record LintProblem(String file, int line, int column, FindingSeverity severity, String checkId, String message) {
    public String format() {
        return file + ":" + line + ":" + column + ": " + severity.label() + "[" + checkId + "] " + message;
    }
}
