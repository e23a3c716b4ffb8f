package dev.obsgen.model.dashboard;

import dev.obsgen.model.Values;
import java.util.List;

/** A choice of durations (such as {@code 1m}, {@code 5m}) to use as a range or step in queries. */
public record IntervalVariable(String name, String label, List<String> intervals, VariableHide hide) implements Variable {
    public IntervalVariable {
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
