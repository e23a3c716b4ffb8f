package dev.obsgen.model.dashboard;

/**
 * A dashboard template variable, referenced in queries as {@code $name} or {@code ${name}}.
 */
public sealed interface Variable permits DatasourceVariable, QueryVariable, CustomVariable, IntervalVariable,
        ConstantVariable, TextboxVariable {
    String name();

    String label();

    VariableHide hide();

    /** The Grafana variable type id. */
    String type();
}
