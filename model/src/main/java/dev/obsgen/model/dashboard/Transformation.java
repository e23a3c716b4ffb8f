package dev.obsgen.model.dashboard;

import dev.obsgen.model.Values;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Grafana transformation applied to a panel's query results, by its id and options (strings, numbers,
 * booleans, lists and maps of those). Options are kept sorted by key so output is stable.
 */
public record Transformation(String id, Map<String, Object> options) {
    public Transformation {
        options = Values.sorted(options);
    }

    /** Joins the frames of several queries into one table on their shared fields, as a table of instant queries needs. */
    public static Transformation merge() {
        return new Transformation("merge", Map.of());
    }

    /** Sorts rows by a field. */
    public static Transformation sortBy(String field, boolean descending) {
        Map<String, Object> sort = new LinkedHashMap<>();
        sort.put("field", field);
        sort.put("desc", descending);
        return new Transformation("sortBy", Map.of("sort", List.of(Values.sorted(sort))));
    }

    /** Hides and renames fields; a rename maps the original field name to the shown one. */
    public static Transformation organize(Map<String, Boolean> excluded, Map<String, String> renamed) {
        return new Transformation("organize", Map.of("excludeByName", Values.sorted(excluded),
                "renameByName", Values.sorted(renamed)));
    }
}
