package dev.obsgen.model.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an alert's scenario and a recording rule's example share: input series at an interval, and the time at which
 * the rule is evaluated.
 */
public abstract class RuleExampleBuilder<B extends RuleExampleBuilder<B, T>, T> {
    private final String name;
    private String interval = "1m";
    private final List<Series> input = new ArrayList<>();
    private String evalTime;

    RuleExampleBuilder(String name) {
        this.name = name;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** The step between the values of the input series (promtool's {@code interval}); one minute unless set. */
    public B interval(String duration) {
        this.interval = duration;
        return self();
    }

    public B withInput(Series series) {
        input.add(series);
        return self();
    }

    public B at(String evaluationTime) {
        this.evalTime = evaluationTime;
        return self();
    }

    String name() {
        return name;
    }

    String interval() {
        return interval;
    }

    List<Series> input() {
        return input;
    }

    String evalTime() {
        return evalTime;
    }

    public abstract T build();

    /** Label pairs (name, value, name, value, ...) as a map in their order. */
    static Map<String, String> pairs(String... labelPairs) {
        if (labelPairs == null) {
            return new LinkedHashMap<>();
        }
        if (labelPairs.length % 2 != 0) {
            throw new IllegalArgumentException("label pairs must come as name, value: " + Arrays.toString(labelPairs));
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < labelPairs.length; i += 2) {
            map.put(labelPairs[i], labelPairs[i + 1]);
        }
        return map;
    }
}
