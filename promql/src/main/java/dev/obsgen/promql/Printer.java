package dev.obsgen.promql;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Prints expressions in the canonical style of upstream's {@code String()}:
 * {@code sum by (job) (rate(foo{a="b"}[5m]))}, {@code a + on (x) group_left (y) b},
 * {@code foo[5m] @ 100 offset 1m}.
 *
 * <p>For every parsed expression {@code PromQL.parse(print(e))} equals {@code e}. Parentheses are
 * printed where the tree has {@link Paren} nodes, and added only where a hand-built tree would
 * otherwise read back differently.
 */
public final class Printer {

    private Printer() {
    }

    public static String print(Expr expr) {
        StringBuilder out = new StringBuilder(64);
        write(out, expr, false);
        return out.toString();
    }

    public static String print(DurationExpr duration) {
        StringBuilder out = new StringBuilder(16);
        writeDuration(out, duration, true);
        return out.toString();
    }

    static String printMatcher(LabelMatcher matcher) {
        StringBuilder out = new StringBuilder(32);
        writeMatcher(out, matcher, false);
        return out.toString();
    }

    /**
     * The tree as an S-expression, to see how an expression was grouped:
     * {@code -1^2} is {@code (- (^ 1 2))}, {@code sum by (job) (x)} is {@code (sum by (job) x)}.
     */
    public static String tree(Expr expr) {
        StringBuilder out = new StringBuilder(64);
        writeTree(out, expr);
        return out.toString();
    }

    /**
     * @param followedByArithmetic an arithmetic operator follows the printed text, so a duration
     *                             expression at its end must be closed off with parentheses
     */
    private static void write(StringBuilder out, Expr expr, boolean followedByArithmetic) {
        if (expr instanceof NumberLiteral number) {
            writeNumberLiteral(out, number);
        } else if (expr instanceof StringLiteral string) {
            Quoting.appendQuoted(out, string.value());
        } else if (expr instanceof VectorSelector selector) {
            writeSelector(out, selector, null, followedByArithmetic);
        } else if (expr instanceof MatrixSelector matrix) {
            writeSelector(out, matrix.selector(), matrix.range(), followedByArithmetic);
        } else if (expr instanceof Subquery subquery) {
            writeSubquery(out, subquery, followedByArithmetic);
        } else if (expr instanceof Paren paren) {
            out.append('(');
            write(out, paren.expr(), false);
            out.append(')');
        } else if (expr instanceof Unary unary) {
            out.append(unary.op().symbol());
            Expr operand = unary.expr();
            if (operand instanceof Binary binary && binary.op() != BinaryOp.POW) {
                out.append('(');
                write(out, operand, false);
                out.append(')');
            } else {
                write(out, operand, followedByArithmetic);
            }
        } else if (expr instanceof Binary binary) {
            writeBinary(out, binary, followedByArithmetic);
        } else if (expr instanceof Aggregate aggregate) {
            writeAggregate(out, aggregate);
        } else if (expr instanceof Call call) {
            out.append(call.function().name()).append('(');
            writeList(out, call.args());
            out.append(')');
        }
    }

    private static void writeList(StringBuilder out, List<Expr> exprs) {
        for (int i = 0; i < exprs.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            write(out, exprs.get(i), false);
        }
    }

    private static void writeNumberLiteral(StringBuilder out, NumberLiteral number) {
        if (number.durationForm()) {
            Optional<Duration> duration = Duration.ofExactSeconds(number.value());
            if (duration.isPresent()) {
                appendDuration(out, duration.get(), number.value());
                return;
            }
        }
        out.append(formatNumber(number.value()));
    }

    /** A float in a form the lexer reads back as exactly the same value. */
    public static String formatNumber(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            if (value == 0 && 1 / value < 0) {
                return "-0";
            }
            return Long.toString((long) value);
        }
        String text = Double.toString(value);
        int exponent = text.indexOf('E');
        if (exponent < 0) {
            return text;
        }
        String mantissa = text.substring(0, exponent);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + text.substring(exponent + 1);
    }

    // Selectors.

    private static void writeSelector(StringBuilder out, VectorSelector selector, DurationExpr range,
            boolean followedByArithmetic) {
        String name = selector.name();
        List<LabelMatcher> matchers = selector.matchers();
        boolean quotedName = !name.isEmpty() && !isPlainMetricName(name);
        if (!name.isEmpty() && !quotedName) {
            out.append(name);
        }
        if (matchers.size() > 0 || name.isEmpty() || quotedName) {
            out.append('{');
            boolean first = true;
            if (quotedName) {
                Quoting.appendQuoted(out, name);
                first = false;
            }
            for (LabelMatcher matcher : matchers) {
                if (!first) {
                    out.append(", ");
                }
                writeMatcher(out, matcher, first && name.isEmpty());
                first = false;
            }
            out.append('}');
        }
        if (range != null) {
            out.append('[');
            writeDuration(out, range, true);
            out.append(']');
        }
        writeAt(out, selector.at());
        boolean offsetLast = !selector.anchored() && !selector.smoothed();
        writeOffset(out, selector.offset(), followedByArithmetic && offsetLast);
        if (selector.anchored()) {
            out.append(" anchored");
        }
        if (selector.smoothed()) {
            out.append(" smoothed");
        }
    }

    private static void writeMatcher(StringBuilder out, LabelMatcher matcher, boolean mayBeBareName) {
        String value = matcher.value();
        if (mayBeBareName && matcher.isMetricName() && matcher.type() == MatchType.EQUAL && !value.isEmpty()
                && !isPlainMetricName(value)) {
            Quoting.appendQuoted(out, value);
            return;
        }
        if (isPlainLabelName(matcher.name())) {
            out.append(matcher.name());
        } else {
            Quoting.appendQuoted(out, matcher.name());
        }
        out.append(matcher.type().symbol());
        Quoting.appendQuoted(out, value);
    }

    private static void writeAt(StringBuilder out, AtModifier at) {
        if (at == null) {
            return;
        }
        switch (at.kind()) {
            case START -> out.append(" @ start()");
            case END -> out.append(" @ end()");
            case TIMESTAMP -> out.append(" @ ")
                    .append(BigDecimal.valueOf(at.timestampMillis(), 3).stripTrailingZeros().toPlainString());
        }
    }

    private static void writeOffset(StringBuilder out, DurationExpr offset, boolean followedByArithmetic) {
        if (offset == null) {
            return;
        }
        out.append(" offset ");
        if (offset instanceof DurationExpr.Literal) {
            writeDuration(out, offset, true);
            return;
        }
        // After "offset" a leading literal ends the duration, and an arithmetic operator that
        // follows continues it; parentheses keep either from changing what the offset is.
        StringBuilder text = new StringBuilder(16);
        writeDuration(text, offset, true);
        if (followedByArithmetic || startsWithLiteral(text)) {
            out.append('(').append(text).append(')');
        } else {
            out.append(text);
        }
    }

    private static boolean startsWithLiteral(CharSequence text) {
        int i = 0;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        return i < text.length() && (Lexer.isDigit(text.charAt(i)) || text.charAt(i) == '.');
    }

    private static void writeSubquery(StringBuilder out, Subquery subquery, boolean followedByArithmetic) {
        Expr inner = subquery.expr();
        if (inner instanceof Binary || inner instanceof Unary) {
            out.append('(');
            write(out, inner, false);
            out.append(')');
        } else {
            write(out, inner, false);
        }
        out.append('[');
        writeDuration(out, subquery.range(), true);
        out.append(':');
        if (subquery.step() != null) {
            writeDuration(out, subquery.step(), true);
        }
        out.append(']');
        writeAt(out, subquery.at());
        writeOffset(out, subquery.offset(), followedByArithmetic);
    }

    // Operators.

    private static void writeBinary(StringBuilder out, Binary binary, boolean followedByArithmetic) {
        BinaryOp op = binary.op();
        writeOperand(out, binary.lhs(), needsParens(binary.lhs(), op, true), op.isArithmetic());
        out.append(' ').append(op.symbol());
        if (binary.returnBool()) {
            out.append(" bool");
        }
        StringBuilder rhs = new StringBuilder(32);
        writeOperand(rhs, binary.rhs(), needsParens(binary.rhs(), op, false), followedByArithmetic);
        VectorMatching matching = binary.matching();
        if (matching != null) {
            writeMatching(out, matching, rhs.length() > 0 && rhs.charAt(0) == '(');
        }
        out.append(' ').append(rhs);
    }

    private static void writeOperand(StringBuilder out, Expr operand, boolean parens, boolean followedByArithmetic) {
        if (parens) {
            out.append('(');
            write(out, operand, false);
            out.append(')');
        } else {
            write(out, operand, followedByArithmetic);
        }
    }

    private static boolean needsParens(Expr operand, BinaryOp op, boolean left) {
        if (operand instanceof Binary child) {
            int childPrecedence = child.op().precedence();
            if (childPrecedence != op.precedence()) {
                return childPrecedence < op.precedence();
            }
            return left == op.isRightAssociative();
        }
        if (left && op == BinaryOp.POW) {
            return operand instanceof Unary
                    || (operand instanceof NumberLiteral number && isNegative(number.value()));
        }
        return false;
    }

    private static boolean isNegative(double value) {
        return value < 0 || (value == 0 && 1 / value < 0);
    }

    private static void writeMatching(StringBuilder out, VectorMatching matching, boolean rhsStartsWithParen) {
        Cardinality cardinality = matching.cardinality();
        boolean grouping = cardinality == Cardinality.MANY_TO_ONE || cardinality == Cardinality.ONE_TO_MANY;
        if (matching.on() || !matching.matchingLabels().isEmpty() || grouping) {
            out.append(matching.on() ? " on " : " ignoring ");
            writeLabels(out, matching.matchingLabels());
            if (grouping) {
                out.append(cardinality == Cardinality.MANY_TO_ONE ? " group_left" : " group_right");
                if (!matching.include().isEmpty() || rhsStartsWithParen) {
                    out.append(' ');
                    writeLabels(out, matching.include());
                }
            }
        }
        Double left = matching.fillLeft();
        Double right = matching.fillRight();
        if (left != null && left.equals(right)) {
            out.append(" fill(").append(formatNumber(left)).append(')');
            return;
        }
        if (left != null) {
            out.append(" fill_left(").append(formatNumber(left)).append(')');
        }
        if (right != null) {
            out.append(" fill_right(").append(formatNumber(right)).append(')');
        }
    }

    private static void writeAggregate(StringBuilder out, Aggregate aggregate) {
        out.append(aggregate.op().keyword());
        if (aggregate.without()) {
            out.append(" without ");
            writeLabels(out, aggregate.grouping());
            out.append(' ');
        } else if (!aggregate.grouping().isEmpty()) {
            out.append(" by ");
            writeLabels(out, aggregate.grouping());
            out.append(' ');
        }
        out.append('(');
        if (aggregate.param() != null) {
            write(out, aggregate.param(), false);
            out.append(", ");
        }
        write(out, aggregate.expr(), false);
        out.append(')');
    }

    private static void writeLabels(StringBuilder out, List<String> labels) {
        out.append('(');
        for (int i = 0; i < labels.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            String label = labels.get(i);
            if (isPlainLabelName(label) && !label.equalsIgnoreCase("inf") && !label.equalsIgnoreCase("nan")) {
                out.append(label);
            } else {
                Quoting.appendQuoted(out, label);
            }
        }
        out.append(')');
    }

    // Durations.

    /** @param whole the expression is the entire range, step or offset, not a part of one */
    private static void writeDuration(StringBuilder out, DurationExpr duration, boolean whole) {
        if (duration instanceof DurationExpr.Literal literal) {
            Optional<Duration> exact = literal.asDuration();
            if (exact.isPresent() && (whole || literal.unitForm())) {
                appendDuration(out, exact.get(), literal.seconds());
            } else {
                out.append(formatNumber(literal.seconds()));
            }
        } else if (duration instanceof DurationExpr.Unary unary) {
            out.append(unary.op().symbol());
            DurationExpr operand = unary.operand();
            boolean parens = operand instanceof DurationExpr.Binary binary && binary.op() != BinaryOp.POW;
            writeDurationOperand(out, operand, parens);
        } else if (duration instanceof DurationExpr.Binary binary) {
            BinaryOp op = binary.op();
            writeDurationOperand(out, binary.lhs(), durationNeedsParens(binary.lhs(), op, true));
            out.append(' ').append(op.symbol()).append(' ');
            writeDurationOperand(out, binary.rhs(), durationNeedsParens(binary.rhs(), op, false));
        } else if (duration instanceof DurationExpr.Call call) {
            out.append(call.function().functionName()).append('(');
            for (int i = 0; i < call.args().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                writeDuration(out, call.args().get(i), false);
            }
            out.append(')');
        }
    }

    /** Durations have no negative zero, floats do: {@code -0s} must read back as -0. */
    private static void appendDuration(StringBuilder out, Duration duration, double seconds) {
        if (duration.millis() == 0 && isNegative(seconds)) {
            out.append('-');
        }
        out.append(duration);
    }

    private static void writeDurationOperand(StringBuilder out, DurationExpr operand, boolean parens) {
        if (parens) {
            out.append('(');
        }
        writeDuration(out, operand, false);
        if (parens) {
            out.append(')');
        }
    }

    private static boolean durationNeedsParens(DurationExpr operand, BinaryOp op, boolean left) {
        if (operand instanceof DurationExpr.Binary child) {
            int childPrecedence = child.op().precedence();
            if (childPrecedence != op.precedence()) {
                return childPrecedence < op.precedence();
            }
            return left == op.isRightAssociative();
        }
        if (left && op == BinaryOp.POW) {
            return operand instanceof DurationExpr.Unary
                    || (operand instanceof DurationExpr.Literal literal && isNegative(literal.seconds()));
        }
        return false;
    }

    // Names.

    /** A metric name that needs no quotes: {@code [a-zA-Z_:][a-zA-Z0-9_:]*}, not a reserved word. */
    static boolean isPlainMetricName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = Lexer.isAlpha(c) || c == ':' || (i > 0 && Lexer.isDigit(c));
            if (!ok) {
                return false;
            }
        }
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "bool", "on", "ignoring", "group_left", "group_right", "atan2", "inf", "nan" -> false;
            default -> true;
        };
    }

    /** A label name that needs no quotes: {@code [a-zA-Z_][a-zA-Z0-9_]*}. */
    static boolean isPlainLabelName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Lexer.isAlpha(c) || (i > 0 && Lexer.isDigit(c)))) {
                return false;
            }
        }
        return true;
    }

    // Tree form for tests and debugging.

    private static void writeTree(StringBuilder out, Expr expr) {
        if (expr instanceof Binary binary) {
            out.append('(').append(binary.op().symbol());
            if (binary.returnBool()) {
                out.append(" bool");
            }
            out.append(' ');
            writeTree(out, binary.lhs());
            out.append(' ');
            writeTree(out, binary.rhs());
            out.append(')');
        } else if (expr instanceof Unary unary) {
            out.append('(').append(unary.op().symbol()).append(' ');
            writeTree(out, unary.expr());
            out.append(')');
        } else if (expr instanceof Paren paren) {
            out.append("(paren ");
            writeTree(out, paren.expr());
            out.append(')');
        } else if (expr instanceof Aggregate aggregate) {
            out.append('(').append(aggregate.op().keyword());
            if (aggregate.without() || !aggregate.grouping().isEmpty()) {
                out.append(aggregate.without() ? " without " : " by ");
                writeLabels(out, aggregate.grouping());
            }
            if (aggregate.param() != null) {
                out.append(' ');
                writeTree(out, aggregate.param());
            }
            out.append(' ');
            writeTree(out, aggregate.expr());
            out.append(')');
        } else if (expr instanceof Call call) {
            out.append('(').append(call.function().name());
            for (Expr arg : call.args()) {
                out.append(' ');
                writeTree(out, arg);
            }
            out.append(')');
        } else if (expr instanceof Subquery subquery) {
            out.append("(subquery ");
            writeTree(out, subquery.expr());
            out.append(' ').append(print(subquery.range()));
            if (subquery.step() != null) {
                out.append(' ').append(print(subquery.step()));
            }
            out.append(')');
        } else {
            write(out, expr, false);
        }
    }
}
