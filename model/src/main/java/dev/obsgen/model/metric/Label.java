package dev.obsgen.model.metric;

import dev.obsgen.model.Values;
import java.util.List;

/**
 * A label of a metric. When {@code values} is not empty it lists every value the label may take,
 * and a query matching another value is reported.
 */
public record Label(String name, String help, List<String> values) {
    public Label {
        help = help == null ? "" : help;
        values = Values.list(values);
    }

    public static Label of(String name) {
        return new Label(name, "", List.of());
    }

    public static Label of(String name, String... allowedValues) {
        return new Label(name, "", Values.of(allowedValues));
    }

    public Label help(String text) {
        return new Label(name, text, values);
    }

    public boolean isEnumerated() {
        return !values.isEmpty();
    }
}
