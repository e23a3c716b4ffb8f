package dev.obsgen.model.dashboard;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import java.util.LinkedHashMap;
import java.util.Map;

/** A value mapping: exact values, a numeric range, or a special value (null, NaN, ...) shown as a text or colour. */
public sealed interface ValueMapping {
    /** Exact values to results; ordered by value so output never depends on insertion order. */
    record ValueMap(Map<String, MappingResult> values) implements ValueMapping {
        public ValueMap {
            values = Values.sorted(values);
        }
    }

    record RangeMap(@Nullable Double from, @Nullable Double to, MappingResult result) implements ValueMapping {
    }

    record SpecialValueMap(Special match, MappingResult result) implements ValueMapping {
    }

    enum Special {
        TRUE("true"), FALSE("false"), NULL("null"), NAN("nan"), NULL_NAN("null+nan"), EMPTY("empty");

        private final String id;

        Special(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    static ValueMapping value(String value, MappingResult result) {
        Map<String, MappingResult> values = new LinkedHashMap<>();
        values.put(value, result);
        return new ValueMap(values);
    }

    static ValueMapping range(Double from, Double to, MappingResult result) {
        return new RangeMap(from, to, result);
    }

    static ValueMapping special(Special match, MappingResult result) {
        return new SpecialValueMap(match, result);
    }
}
