package dev.obsgen.model.dashboard;

import dev.obsgen.model.Values;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Field options for the fields a matcher selects, such as a second unit for the series of query B. A property
 * value is a string, number or boolean, or a map of those (kept sorted so output is stable).
 */
public record FieldOverride(String matcherId, String matcherOption, List<Property> properties) {
    public record Property(String id, Object value) {
        public Property {
            Objects.requireNonNull(id, "override property id");
            Objects.requireNonNull(value, "override property value");
            if (value instanceof Map<?, ?> map) {
                value = Collections.unmodifiableSortedMap(new TreeMap<>(map));
            }
        }

        public static Property unit(GrafanaUnit unit) {
            return new Property("unit", unit.id());
        }

        /** A panel-specific field option, such as {@code axisPlacement}; stored as {@code custom.<name>}. */
        public static Property custom(String name, Object value) {
            return new Property("custom." + name, value);
        }
    }

    public FieldOverride {
        Objects.requireNonNull(matcherId, "override matcher id");
        Objects.requireNonNull(matcherOption, "override matcher option");
        properties = Values.list(properties);
    }

    /** Matches the field whose display name is exactly the given one. */
    public static FieldOverride byName(String fieldName, Property... properties) {
        return new FieldOverride("byName", fieldName, List.of(properties));
    }

    /** Matches the fields the query with the given refId returns. */
    public static FieldOverride byQuery(String refId, Property... properties) {
        return new FieldOverride("byFrameRefID", refId, List.of(properties));
    }
}
