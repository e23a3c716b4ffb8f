package dev.obsgen.core.check.promql;

/** Where a query lives; some checks apply only to alert expressions. */
public enum QueryKind {
    ALERT, RECORDING, PANEL
}
