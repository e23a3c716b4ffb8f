package dev.obsgen.model.rule;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.ArrayList;
import java.util.List;

/** Input series and the samples a recording rule must record from them at the evaluation time. */
public record RecordingExample(String name, String interval, List<Series> input, @Nullable String evalTime,
                               List<ExpectedSample> samples) {
    public RecordingExample {
        input = Values.list(input);
        samples = Values.list(samples);
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    public static final class Builder extends RuleExampleBuilder<Builder, RecordingExample> {
        private final List<ExpectedSample> samples = new ArrayList<>();

        Builder(String name) {
            super(name);
        }

        /** Expects a sample of the given value with the given labels (pairs of name, value). */
        public Builder withSample(double value, String... labelPairs) {
            samples.add(new ExpectedSample(pairs(labelPairs), value));
            return this;
        }

        @Override
        public RecordingExample build() {
            return new RecordingExample(name(), interval(), input(), evalTime(), samples);
        }
    }
}
