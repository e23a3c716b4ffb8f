package dev.obsgen.model.dashboard;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A value mapping: exact values, a numeric range, or a special value (null, NaN, ...) shown as a text or colour. */
public sealed interface ValueMapping {
    /** Exact values to results; ordered by value so output never depends on insertion order. */
    record ValueMap(Map<String, MappingResult> values) implements ValueMapping {
        public ValueMap {
            values = values == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(values));
        }
    }

    record RangeMap(Double from, Double to, MappingResult result) implements ValueMapping {
        public RangeMap {
            Objects.requireNonNull(result, "range mapping result");
        }
    }

    record SpecialValueMap(Special match, MappingResult result) implements ValueMapping {
        public SpecialValueMap {
            Objects.requireNonNull(match, "special value");
            Objects.requireNonNull(result, "special value mapping result");
        }
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
        return new ValueMap(Map.of(value, result));
    }

    static ValueMapping range(Double from, Double to, MappingResult result) {
        return new RangeMap(from, to, result);
    }

    static ValueMapping special(Special match, MappingResult result) {
        return new SpecialValueMap(match, result);
    }
}
