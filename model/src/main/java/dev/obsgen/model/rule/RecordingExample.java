package dev.obsgen.model.rule;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    public static final class Builder {
        private final String name;
        private String interval = "1m";
        private final List<Series> input = new ArrayList<>();
        private String evalTime;
        private final List<ExpectedSample> samples = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        public Builder interval(String duration) {
            this.interval = duration;
            return this;
        }

        public Builder withInput(Series series) {
            input.add(series);
            return this;
        }

        public Builder at(String evaluationTime) {
            this.evalTime = evaluationTime;
            return this;
        }

        /** Expects a sample of the given value with the given labels (pairs of name, value). */
        public Builder withSample(double value, String... labelPairs) {
            Map<String, String> labels = AlertScenario.Builder.pairs(labelPairs);
            samples.add(new ExpectedSample(labels, value));
            return this;
        }

        public RecordingExample build() {
            return new RecordingExample(name, interval, input, evalTime, samples);
        }
    }
}
