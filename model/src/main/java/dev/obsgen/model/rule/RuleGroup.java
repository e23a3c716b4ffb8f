package dev.obsgen.model.rule;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.ArrayList;
import java.util.List;

/** A Prometheus rule group: rules evaluated together, in order, at one interval. */
public record RuleGroup(String name, @Nullable String interval, @Nullable Integer limit, List<Rule> rules) {
    public RuleGroup {
        rules = Values.list(rules);
    }

    /** A builder holding this group: {@code withRule} appends, {@link Builder#rules} replaces. */
    public Builder toBuilder() {
        Builder builder = new Builder(name).interval(interval).rules(rules);
        builder.limit = limit;
        return builder;
    }

    public List<AlertRule> alerts() {
        return rules.stream().filter(AlertRule.class::isInstance).map(AlertRule.class::cast).toList();
    }

    public List<RecordingRule> recordingRules() {
        return rules.stream().filter(RecordingRule.class::isInstance).map(RecordingRule.class::cast).toList();
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    public static final class Builder {
        private final String name;
        private String interval;
        private Integer limit;
        private final List<Rule> rules = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        /** The evaluation interval of this group; the global one when unset. */
        public Builder interval(String duration) {
            this.interval = duration;
            return this;
        }

        /** The most alerts or series a rule of this group may produce before its evaluation fails. */
        public Builder limit(int value) {
            this.limit = value;
            return this;
        }

        public Builder withRule(Rule rule) {
            rules.add(rule);
            return this;
        }

        public Builder withRule(RuleBuilder<?, ?> rule) {
            return withRule(rule == null ? null : rule.build());
        }

        /** Replaces the rules declared so far. */
        public Builder rules(List<Rule> values) {
            Values.replace(rules, values);
            return this;
        }

        public RuleGroup build() {
            return new RuleGroup(name, interval, limit, rules);
        }
    }
}
