package dev.obsgen.promql;

import java.util.Objects;

/**
 * A use of syntax that Prometheus 3 only accepts with a feature flag.
 *
 * @param kind     what kind of syntax, which names the flag
 * @param name     the function or aggregation name, the modifier keyword, or the printed
 *                 duration expression
 * @param position where it is used in the input
 */
public record ExperimentalFeature(Kind kind, String name, PositionRange position) {

    public enum Kind {
        /** An experimental function such as {@code info} or {@code mad_over_time}. */
        FUNCTION("promql-experimental-functions"),
        /** {@code limitk} or {@code limit_ratio}. */
        AGGREGATION("promql-experimental-functions"),
        /** Arithmetic, parentheses, {@code step()}, {@code range()}, {@code min_of}, {@code max_of} in a duration. */
        DURATION_EXPRESSION("promql-duration-expr"),
        /** The {@code anchored} or {@code smoothed} range selector modifier. */
        RANGE_SELECTOR_MODIFIER("promql-extended-range-selectors"),
        /** {@code fill}, {@code fill_left} or {@code fill_right} on a binary operation. */
        FILL_MODIFIER("promql-binop-fill-modifiers");

        private final String featureFlag;

        Kind(String featureFlag) {
            this.featureFlag = featureFlag;
        }

        /** The value for Prometheus' {@code --enable-feature}. */
        public String featureFlag() {
            return featureFlag;
        }
    }

    public ExperimentalFeature {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(name);
        Objects.requireNonNull(position);
    }

    public String featureFlag() {
        return kind.featureFlag();
    }
}
