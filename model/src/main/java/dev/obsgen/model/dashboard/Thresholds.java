package dev.obsgen.model.dashboard;

import dev.obsgen.model.Values;
import java.util.ArrayList;
import java.util.List;

/** A threshold scale: absolute values or percentages of min..max, steps ascending, the first without a value. */
public record Thresholds(Mode mode, List<ThresholdStep> steps) {
    public enum Mode {
        ABSOLUTE("absolute"), PERCENTAGE("percentage");

        private final String id;

        Mode(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public Thresholds {
        steps = Values.list(steps);
        if (steps.isEmpty() || steps.get(0) != null && steps.get(0).value() != null) {
            throw new IllegalArgumentException("the first threshold step is the base step and has no value");
        }
        // A null step is left to the check that names it; the others must have values, in ascending order.
        Double previous = null;
        for (int i = 1; i < steps.size(); i++) {
            ThresholdStep step = steps.get(i);
            if (step == null) {
                continue;
            }
            if (step.value() == null) {
                throw new IllegalArgumentException("threshold step " + (i + 1) + " has no value; only the first, the"
                        + " base step, has none");
            }
            if (previous != null && step.value() < previous) {
                throw new IllegalArgumentException("threshold steps must ascend: " + steps);
            }
            previous = step.value();
        }
    }

    /** An absolute scale starting at the base colour; add steps with {@link #step}. */
    public static Thresholds absolute(String baseColor) {
        return new Thresholds(Mode.ABSOLUTE, List.of(ThresholdStep.base(baseColor)));
    }

    public Thresholds step(double value, String color) {
        return withStep(ThresholdStep.at(value, color));
    }

    public Thresholds withStep(ThresholdStep step) {
        List<ThresholdStep> more = new ArrayList<>(steps);
        more.add(step);
        return new Thresholds(mode, more);
    }
}
