package dev.obsgen.promql;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The duration of a range selector, a subquery range or step, or an offset.
 *
 * <p>Usually a plain {@link Literal} such as {@code 5m}. Prometheus 3 also accepts arithmetic
 * on durations behind the {@code promql-duration-expr} feature flag:
 * {@code foo[5m + 1m]}, {@code foo offset (1h * 2)}, {@code foo[step() * 4]},
 * {@code foo[max_of(range(), 5m)]}. All values are in seconds, as upstream evaluates them.
 *
 * <p>Equality ignores positions and how a literal was written ({@code 300} equals {@code 5m}).
 */
public sealed interface DurationExpr {

    PositionRange position();

    /** True for a plain number or duration, possibly signed: no feature flag needed. */
    default boolean isLiteral() {
        return this instanceof Literal literal && !literal.grouped();
    }

    /** The value if it is a literal that is a whole number of milliseconds. */
    default Optional<Duration> constant() {
        if (this instanceof Literal literal) {
            return literal.asDuration();
        }
        return Optional.empty();
    }

    /**
     * Evaluates the expression in seconds, given the query step and range that {@code step()}
     * and {@code range()} stand for.
     */
    double evaluate(double stepSeconds, double rangeSeconds);

    /** The functions a duration expression may call. */
    public enum DurationFunction {
        STEP("step", 0),
        RANGE("range", 0),
        MIN_OF("min_of", 2),
        MAX_OF("max_of", 2);

        private final String functionName;
        private final int arity;

        DurationFunction(String functionName, int arity) {
            this.functionName = functionName;
            this.arity = arity;
        }

        public String functionName() {
            return functionName;
        }

        public int arity() {
            return arity;
        }

        /** Case-insensitive, like the keywords of the lexer. */
        static DurationFunction named(CharSequence text) {
            for (DurationFunction function : values()) {
                String name = function.functionName;
                if (name.length() == text.length() && name.regionMatches(true, 0, text.toString(), 0, name.length())) {
                    return function;
                }
            }
            return null;
        }
    }

    /** A number ({@code 300}, seconds) or duration ({@code 5m}) literal, sign folded in. */
    record Literal(double seconds, boolean unitForm, boolean grouped, PositionRange position)
            implements DurationExpr {

        public static Literal of(Duration duration) {
            return new Literal(duration.seconds(), true, false, new PositionRange(0, 0));
        }

        /** The literal as a whole number of milliseconds, if it is one. */
        public Optional<Duration> asDuration() {
            return Duration.ofExactSeconds(seconds);
        }

        @Override
        public double evaluate(double stepSeconds, double rangeSeconds) {
            return seconds;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Literal that && Double.compare(seconds, that.seconds) == 0;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(seconds);
        }
    }

    /** {@code -step()}: a sign applied to something that is not a literal. */
    record Unary(UnaryOp op, DurationExpr operand, PositionRange position) implements DurationExpr {

        public Unary {
            Objects.requireNonNull(op);
            Objects.requireNonNull(operand);
        }

        @Override
        public double evaluate(double stepSeconds, double rangeSeconds) {
            double value = operand.evaluate(stepSeconds, rangeSeconds);
            return op == UnaryOp.MINUS ? -value : value;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Unary that && op == that.op && operand.equals(that.operand);
        }

        @Override
        public int hashCode() {
            return Objects.hash(op, operand);
        }
    }

    /** {@code a + b}, {@code a - b}, {@code a * b}, {@code a / b}, {@code a % b}, {@code a ^ b}. */
    record Binary(BinaryOp op, DurationExpr lhs, DurationExpr rhs, PositionRange position)
            implements DurationExpr {

        public Binary {
            if (!op.isArithmetic()) {
                throw new IllegalArgumentException("not a duration operator: " + op);
            }
            Objects.requireNonNull(lhs);
            Objects.requireNonNull(rhs);
        }

        @Override
        public double evaluate(double stepSeconds, double rangeSeconds) {
            double l = lhs.evaluate(stepSeconds, rangeSeconds);
            double r = rhs.evaluate(stepSeconds, rangeSeconds);
            return switch (op) {
                case ADD -> l + r;
                case SUB -> l - r;
                case MUL -> l * r;
                case DIV -> l / r;
                case MOD -> l % r;
                case POW -> Math.pow(l, r);
                default -> throw new IllegalStateException(op.toString());
            };
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Binary that && op == that.op && lhs.equals(that.lhs) && rhs.equals(that.rhs);
        }

        @Override
        public int hashCode() {
            return Objects.hash(op, lhs, rhs);
        }
    }

    /** {@code step()}, {@code range()}, {@code min_of(a, b)}, {@code max_of(a, b)}. */
    record Call(DurationFunction function, List<DurationExpr> args, PositionRange position) implements DurationExpr {

        public Call {
            args = List.copyOf(args);
            if (args.size() != function.arity()) {
                throw new IllegalArgumentException(
                        function.functionName() + " takes " + function.arity() + " arguments");
            }
        }

        @Override
        public double evaluate(double stepSeconds, double rangeSeconds) {
            return switch (function) {
                case STEP -> stepSeconds;
                case RANGE -> rangeSeconds;
                case MIN_OF -> Math.min(args.get(0).evaluate(stepSeconds, rangeSeconds),
                        args.get(1).evaluate(stepSeconds, rangeSeconds));
                case MAX_OF -> Math.max(args.get(0).evaluate(stepSeconds, rangeSeconds),
                        args.get(1).evaluate(stepSeconds, rangeSeconds));
            };
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Call that && function == that.function && args.equals(that.args);
        }

        @Override
        public int hashCode() {
            return Objects.hash(function, args);
        }
    }
}
