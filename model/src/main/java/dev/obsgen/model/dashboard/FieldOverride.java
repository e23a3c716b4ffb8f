package dev.obsgen.model.dashboard;

import dev.obsgen.model.Values;
import java.util.List;
import java.util.Map;

/**
 * Field options for the fields a matcher selects, such as a second unit for the series of query B. A property
 * value is a string, number or boolean, or a map of those (kept sorted so output is stable).
 */
public record FieldOverride(String matcherId, String matcherOption, List<Property> properties) {
    public record Property(String id, Object value) {
        public Property {
            if (value instanceof Map<?, ?> map) {
                value = Values.sortedByText(map);
            }
        }

        public static Property unit(GrafanaUnit unit) {
            return new Property("unit", unit == null ? null : unit.id());
        }

        /** A panel-specific field option, such as {@code axisPlacement}; stored as {@code custom.<name>}. */
        public static Property custom(String name, Object value) {
            return new Property("custom." + name, value);
        }
    }

    public FieldOverride {
        properties = Values.list(properties);
    }

    /** Matches the field whose display name is exactly the given one. */
    public static FieldOverride byName(String fieldName, Property... properties) {
        return new FieldOverride("byName", fieldName, Values.of(properties));
    }

    /** Matches the fields the query with the given refId returns. */
    public static FieldOverride byQuery(String refId, Property... properties) {
        return new FieldOverride("byFrameRefID", refId, Values.of(properties));
    }
}
