package dev.obsgen.model.rule;

import dev.obsgen.model.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A recording rule, named by the {@code level:metric:operations} convention. {@code designName} is the name the
 * design document gives the figure (such as {@code metadata_error_rate}), kept for the catalog.
 */
public record RecordingRule(String name, String expr, Map<String, String> labels, String help, String designName,
                            List<RecordingExample> examples, String designNote, Map<String, String> suppressions,
                            boolean imported)
        implements Rule {
    public RecordingRule {
        labels = Values.sorted(labels);
        help = help == null ? "" : help;
        designName = designName == null ? "" : designName;
        examples = Values.list(examples);
        designNote = designNote == null ? "" : designNote;
        suppressions = Values.sorted(suppressions);
    }

    /** A builder holding this rule: {@code with…} and {@code label} append, {@code labels} replaces. */
    public Builder toBuilder() {
        Builder builder = new Builder(name).copied(this).help(help).designName(designName).designNote(designNote);
        builder.examples.addAll(examples);
        return builder;
    }

    public static final class Builder extends RuleBuilder<Builder, RecordingRule> {
        private String help;
        private String designName;
        private final List<RecordingExample> examples = new ArrayList<>();

        Builder(String name) {
            super(name);
        }

        public Builder help(String text) {
            this.help = text;
            return this;
        }

        public Builder designName(String name) {
            this.designName = name;
            return this;
        }

        public Builder withExample(RecordingExample example) {
            examples.add(example);
            return this;
        }

        public Builder withExample(RecordingExample.Builder example) {
            return withExample(example == null ? null : example.build());
        }

        @Override
        public RecordingRule build() {
            return new RecordingRule(name(), expr(), labels(), help, designName, examples, designNote(), suppressions(),
                    isImported());
        }
    }
}
