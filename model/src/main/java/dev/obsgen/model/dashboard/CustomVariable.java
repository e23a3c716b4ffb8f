package dev.obsgen.model.dashboard;

import dev.obsgen.model.Values;
import java.util.List;

/** A fixed list of values to choose from; the first is selected by default. */
public record CustomVariable(String name, String label, List<String> values, boolean multi, boolean includeAll,
                             VariableHide hide) implements Variable {
    public CustomVariable {
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
