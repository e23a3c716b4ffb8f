package dev.obsgen.model.rule;

import dev.obsgen.model.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    public static final class Builder {
        private final String name;
        private String expr;
        private final Map<String, String> labels = new LinkedHashMap<>();
        private String help;
        private String designName;
        private final List<RecordingExample> examples = new ArrayList<>();
        private String designNote;
        private final Map<String, String> suppressions = new LinkedHashMap<>();
        private boolean imported;

        Builder(String name) {
            this.name = name;
        }

        public Builder expr(String promql) {
            this.expr = promql;
            return this;
        }

        public Builder label(String name, String value) {
            labels.put(name, value);
            return this;
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

        public Builder designNote(String note) {
            this.designNote = note;
            return this;
        }

        /** Silences one check on this rule's expression; the reason is printed wherever the finding would be. */
        public Builder suppress(String checkId, String reason) {
            suppressions.put(checkId, reason);
            return this;
        }

        /**
         * Marks a rule brought in from an existing rule file: until it has examples, their absence is a warning, not
         * an error.
         */
        public Builder imported() {
            this.imported = true;
            return this;
        }

        public RecordingRule build() {
            return new RecordingRule(name, expr, labels, help, designName, examples, designNote, suppressions, imported);
        }
    }
}
