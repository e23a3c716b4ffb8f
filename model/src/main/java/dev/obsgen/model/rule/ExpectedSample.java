package dev.obsgen.model.rule;

import java.util.Map;

import dev.obsgen.model.Values;

/** A sample a recording rule is expected to produce: the labels of the recorded series and its value. */
public record ExpectedSample(Map<String, String> labels, double value) {
    public ExpectedSample {
        labels = Values.sorted(labels);
    }
}
