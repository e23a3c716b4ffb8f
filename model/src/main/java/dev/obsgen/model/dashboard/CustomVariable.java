package dev.obsgen.model.dashboard;

import dev.obsgen.model.Values;
import java.util.List;
import java.util.Objects;

/** A fixed list of values to choose from; the first is selected by default. */
public record CustomVariable(String name, String label, List<String> values, boolean multi, boolean includeAll,
                             VariableHide hide) implements Variable {
    public CustomVariable {
        Objects.requireNonNull(name, "variable name");
        label = label == null ? "" : label;
        values = Values.list(values);
        hide = hide == null ? VariableHide.SHOW : hide;
        if (values.isEmpty()) {
            throw new IllegalArgumentException("custom variable '" + name + "' needs at least one value");
        }
    }

    @Override
    public String type() {
        return "custom";
    }
}
