package dev.obsgen.promql;

import java.util.ArrayDeque;
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
 * {@code toString()} prints the expression as it appears in a query.
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
    default double evaluate(double stepSeconds, double rangeSeconds) {
        // The nodes in post-order, children before their parent, so that one stack of values does the rest; a
        // chain of 10,000 terms needs no deeper call stack than one term.
        ArrayDeque<DurationExpr> pending = new ArrayDeque<>();
        ArrayDeque<DurationExpr> postOrder = new ArrayDeque<>();
        pending.push(this);
        while (!pending.isEmpty()) {
            DurationExpr node = pending.pop();
            postOrder.push(node);
            for (DurationExpr child : StructuralEquality.children(node)) {
                pending.push(child);
            }
        }
        double[] values = new double[postOrder.size()];
        int top = 0;
        for (DurationExpr node : postOrder) {
            if (node instanceof Literal literal) {
                values[top++] = literal.seconds();
            } else if (node instanceof Unary unary) {
                values[top - 1] = unary.op() == UnaryOp.MINUS ? -values[top - 1] : values[top - 1];
            } else if (node instanceof Binary binary) {
                double r = values[--top];
                double l = values[top - 1];
                values[top - 1] = switch (binary.op()) {
                    case ADD -> l + r;
                    case SUB -> l - r;
                    case MUL -> l * r;
                    case DIV -> l / r;
                    case MOD -> l % r;
                    case POW -> Math.pow(l, r);
                    default -> throw new IllegalStateException(binary.op().toString());
                };
            } else if (node instanceof Call call) {
                switch (call.function()) {
                    case STEP -> values[top++] = stepSeconds;
                    case RANGE -> values[top++] = rangeSeconds;
                    case MIN_OF -> {
                        double b = values[--top];
                        values[top - 1] = Math.min(values[top - 1], b);
                    }
                    case MAX_OF -> {
                        double b = values[--top];
                        values[top - 1] = Math.max(values[top - 1], b);
                    }
                }
            } else {
                throw UnhandledNode.of(node);
            }
        }
        return values[0];
    }

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
        public boolean equals(Object other) {
            return other instanceof Literal that && Double.compare(seconds, that.seconds) == 0;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(seconds);
        }

        @Override
        public String toString() {
            return Printer.print(this);
        }
    }

    /** {@code -step()}: a sign applied to something that is not a literal. */
    record Unary(UnaryOp op, DurationExpr operand, PositionRange position) implements DurationExpr {

        public Unary {
            Objects.requireNonNull(op);
            Objects.requireNonNull(operand);
        }


        @Override
        public boolean equals(Object other) {
            return other instanceof Unary that && StructuralEquality.equal(this, that);
        }

        @Override
        public int hashCode() {
            return StructuralEquality.hash(this);
        }

        @Override
        public String toString() {
            return Printer.print(this);
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
        public boolean equals(Object other) {
            return other instanceof Binary that && StructuralEquality.equal(this, that);
        }

        @Override
        public int hashCode() {
            return StructuralEquality.hash(this);
        }

        @Override
        public String toString() {
            return Printer.print(this);
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
        public boolean equals(Object other) {
            return other instanceof Call that && StructuralEquality.equal(this, that);
        }

        @Override
        public int hashCode() {
            return StructuralEquality.hash(this);
        }

        @Override
        public String toString() {
            return Printer.print(this);
        }
    }
}
