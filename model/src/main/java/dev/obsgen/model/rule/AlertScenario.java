package dev.obsgen.model.rule;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A worked example of an alert: input series, the time at which the alert is evaluated, and the alerts expected
 * then. A scenario that expects no alert is a calm scenario; every alert needs at least one of each kind.
 */
public record AlertScenario(String name, String interval, List<Series> input, @Nullable String evalTime,
                            List<ExpectedAlert> expected) {
    public AlertScenario {
        input = Values.list(input);
        expected = Values.list(expected);
    }

    public boolean fires() {
        return !expected.isEmpty();
    }

    /** A scenario in which the alert must be firing at the evaluation time. */
    public static Builder fires(String name) {
        return new Builder(name, true);
    }

    /** A scenario in which the alert must not be firing at the evaluation time. */
    public static Builder calm(String name) {
        return new Builder(name, false);
    }

    public static final class Builder extends RuleExampleBuilder<Builder, AlertScenario> {
        private final boolean fires;
        private final List<ExpectedAlert> expected = new ArrayList<>();

        Builder(String name, boolean fires) {
            super(name);
            this.fires = fires;
        }

        /** Expects one alert with the given series labels (pairs of name, value). */
        public Builder withAlert(String... labelPairs) {
            return withAlert(pairs(labelPairs), Map.of());
        }

        public Builder withAlert(Map<String, String> labels, Map<String, String> templatedAnnotations) {
            expected.add(new ExpectedAlert(labels, templatedAnnotations));
            return this;
        }

        @Override
        public AlertScenario build() {
            if (fires && expected.isEmpty()) {
                // A firing scenario with no labels named still expects one alert: one with only the rule's labels.
                expected.add(new ExpectedAlert(Map.of(), Map.of()));
            }
            return new AlertScenario(name(), interval(), input(), evalTime(), fires ? expected : List.of());
        }
    }
}
