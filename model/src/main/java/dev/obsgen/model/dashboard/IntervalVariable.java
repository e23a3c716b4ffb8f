package dev.obsgen.model.dashboard;

import dev.obsgen.model.Values;
import java.util.List;
import java.util.Objects;

/** A choice of durations (such as {@code 1m}, {@code 5m}) to use as a range or step in queries. */
public record IntervalVariable(String name, String label, List<String> intervals, VariableHide hide) implements Variable {
    public IntervalVariable {
        Objects.requireNonNull(name, "variable name");
        label = label == null ? "" : label;
        intervals = Values.list(intervals);
        hide = hide == null ? VariableHide.SHOW : hide;
        if (intervals.isEmpty()) {
            throw new IllegalArgumentException("interval variable '" + name + "' needs at least one interval");
        }
    }

    @Override
    public String type() {
        return "interval";
    }
}
