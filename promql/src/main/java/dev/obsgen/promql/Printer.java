package dev.obsgen.promql;

import java.math.BigDecimal;
import java.util.ArrayDeque;
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
     * What is left to print, last in first out: text as it is, or an expression still to expand into its parts.
     * A work list instead of recursion, so that the depth of a tree is no limit.
     */
    private static final class Work {
        private final ArrayDeque<Object> items = new ArrayDeque<>();

        /** Items to print in the order given; they go before everything already on the list. */
        void next(Object... parts) {
            for (int i = parts.length - 1; i >= 0; i--) {
                items.push(parts[i]);
            }
        }

        boolean isEmpty() {
            return items.isEmpty();
        }

        Object take() {
            return items.pop();
        }
    }

    /**
     * An expression still to print.
     *
     * @param followedByArithmetic an arithmetic operator follows the printed text, so a duration
     *                             expression at its end must be closed off with parentheses
     */
    private record Pending(Expr expr, boolean followedByArithmetic) {
    }

    /** The suffix of a subquery, printed after its inner expression: range, step and modifiers. */
    private record SubquerySuffix(Subquery subquery, boolean followedByArithmetic) {
    }

    private static void write(StringBuilder out, Expr root, boolean followedByArithmetic) {
        Work work = new Work();
        work.next(new Pending(root, followedByArithmetic));
        while (!work.isEmpty()) {
            Object item = work.take();
            if (item instanceof Pending pending) {
                expand(out, work, pending.expr(), pending.followedByArithmetic());
            } else if (item instanceof SubquerySuffix suffix) {
                writeSubquerySuffix(out, suffix.subquery(), suffix.followedByArithmetic());
            } else {
                out.append((CharSequence) item);
            }
        }
    }

    /** Prints a leaf, or puts the parts of an inner node on the work list. */
    private static void expand(StringBuilder out, Work work, Expr expr, boolean followedByArithmetic) {
        if (expr instanceof NumberLiteral number) {
            writeNumberLiteral(out, number);
        } else if (expr instanceof StringLiteral string) {
            Quoting.appendQuoted(out, string.value());
        } else if (expr instanceof VectorSelector selector) {
            writeSelector(out, selector, null, followedByArithmetic);
        } else if (expr instanceof MatrixSelector matrix) {
            writeSelector(out, matrix.selector(), matrix.range(), followedByArithmetic);
        } else if (expr instanceof Subquery subquery) {
            Expr inner = subquery.expr();
            SubquerySuffix suffix = new SubquerySuffix(subquery, followedByArithmetic);
            if (inner instanceof Binary || inner instanceof Unary) {
                work.next("(", new Pending(inner, false), ")", suffix);
            } else {
                work.next(new Pending(inner, false), suffix);
            }
        } else if (expr instanceof Paren paren) {
            work.next("(", new Pending(paren.expr(), false), ")");
        } else if (expr instanceof Unary unary) {
            out.append(unary.op().symbol());
            Expr operand = unary.expr();
            if (operand instanceof Binary binary && binary.op() != BinaryOp.POW) {
                work.next("(", new Pending(operand, false), ")");
            } else {
                work.next(new Pending(operand, followedByArithmetic));
            }
        } else if (expr instanceof Binary binary) {
            expandBinary(work, binary, followedByArithmetic);
        } else if (expr instanceof Aggregate aggregate) {
            expandAggregate(out, work, aggregate);
        } else if (expr instanceof Call call) {
            out.append(call.function().name()).append('(');
            // Each call goes before what is already there: the closing parenthesis first, the first argument last.
            work.next(")");
            List<Expr> args = call.args();
            for (int i = args.size() - 1; i >= 0; i--) {
                work.next(new Pending(args.get(i), false));
                if (i > 0) {
                    work.next(", ");
                }
            }
        } else {
            throw UnhandledNode.of(expr);
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

    private static void writeSubquerySuffix(StringBuilder out, Subquery subquery, boolean followedByArithmetic) {
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

    private static void expandBinary(Work work, Binary binary, boolean followedByArithmetic) {
        BinaryOp op = binary.op();
        StringBuilder operator = new StringBuilder(16).append(' ').append(op.symbol());
        if (binary.returnBool()) {
            operator.append(" bool");
        }
        boolean rhsParens = needsParens(binary.rhs(), op, false);
        VectorMatching matching = binary.matching();
        if (matching != null) {
            writeMatching(operator, matching, rhsParens || startsWithParen(binary.rhs()));
        }
        operator.append(' ');
        // Each call goes before what is already there: the right operand first, the left one last.
        nextOperand(work, binary.rhs(), rhsParens, followedByArithmetic);
        work.next(operator);
        nextOperand(work, binary.lhs(), needsParens(binary.lhs(), op, true), op.isArithmetic());
    }

    private static void nextOperand(Work work, Expr operand, boolean parens, boolean followedByArithmetic) {
        if (parens) {
            work.next("(", new Pending(operand, false), ")");
        } else {
            work.next(new Pending(operand, followedByArithmetic));
        }
    }

    /**
     * Whether the printed expression begins with '(' (then a {@code group_left} before it needs its label list,
     * even an empty one). Follows the left edge of the tree, which is as long as the precedence levels nested there.
     */
    private static boolean startsWithParen(Expr expr) {
        Expr current = expr;
        while (true) {
            if (current instanceof Paren) {
                return true;
            }
            if (current instanceof Subquery subquery) {
                if (subquery.expr() instanceof Binary || subquery.expr() instanceof Unary) {
                    return true;
                }
                current = subquery.expr();
            } else if (current instanceof Binary binary) {
                if (needsParens(binary.lhs(), binary.op(), true)) {
                    return true;
                }
                current = binary.lhs();
            } else {
                return false;
            }
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

    private static void expandAggregate(StringBuilder out, Work work, Aggregate aggregate) {
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
            work.next(new Pending(aggregate.param(), false), ", ", new Pending(aggregate.expr(), false), ")");
        } else {
            work.next(new Pending(aggregate.expr(), false), ")");
        }
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

    /** A duration expression still to print; {@code whole} when it is the entire range, step or offset. */
    private record PendingDuration(DurationExpr duration, boolean whole) {
    }

    private static void writeDuration(StringBuilder out, DurationExpr root, boolean whole) {
        Work work = new Work();
        work.next(new PendingDuration(root, whole));
        while (!work.isEmpty()) {
            Object item = work.take();
            if (item instanceof PendingDuration pending) {
                expandDuration(out, work, pending.duration(), pending.whole());
            } else {
                out.append((CharSequence) item);
            }
        }
    }

    private static void expandDuration(StringBuilder out, Work work, DurationExpr duration, boolean whole) {
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
            nextDurationOperand(work, operand, parens);
        } else if (duration instanceof DurationExpr.Binary binary) {
            BinaryOp op = binary.op();
            // Each call goes before what is already there: the right operand first, the left one last.
            nextDurationOperand(work, binary.rhs(), durationNeedsParens(binary.rhs(), op, false));
            work.next(" " + op.symbol() + " ");
            nextDurationOperand(work, binary.lhs(), durationNeedsParens(binary.lhs(), op, true));
        } else if (duration instanceof DurationExpr.Call call) {
            out.append(call.function().functionName()).append('(');
            work.next(")");
            for (int i = call.args().size() - 1; i >= 0; i--) {
                work.next(new PendingDuration(call.args().get(i), false));
                if (i > 0) {
                    work.next(", ");
                }
            }
        } else {
            throw UnhandledNode.of(duration);
        }
    }

    /** Durations have no negative zero, floats do: {@code -0s} must read back as -0. */
    private static void appendDuration(StringBuilder out, Duration duration, double seconds) {
        if (duration.millis() == 0 && isNegative(seconds)) {
            out.append('-');
        }
        out.append(duration);
    }

    private static void nextDurationOperand(Work work, DurationExpr operand, boolean parens) {
        if (parens) {
            work.next("(", new PendingDuration(operand, false), ")");
        } else {
            work.next(new PendingDuration(operand, false));
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

    private static void writeTree(StringBuilder out, Expr root) {
        Work work = new Work();
        work.next(root);
        while (!work.isEmpty()) {
            Object item = work.take();
            if (item instanceof Expr expr) {
                expandTree(out, work, expr);
            } else {
                out.append((CharSequence) item);
            }
        }
    }

    /** Prints a leaf, or puts the parts of an inner node on the work list, where an {@link Expr} is to expand. */
    private static void expandTree(StringBuilder out, Work work, Expr expr) {
        if (expr instanceof Binary binary) {
            out.append('(').append(binary.op().symbol());
            if (binary.returnBool()) {
                out.append(" bool");
            }
            out.append(' ');
            work.next(binary.lhs(), " ", binary.rhs(), ")");
        } else if (expr instanceof Unary unary) {
            out.append('(').append(unary.op().symbol()).append(' ');
            work.next(unary.expr(), ")");
        } else if (expr instanceof Paren paren) {
            out.append("(paren ");
            work.next(paren.expr(), ")");
        } else if (expr instanceof Aggregate aggregate) {
            out.append('(').append(aggregate.op().keyword());
            if (aggregate.without() || !aggregate.grouping().isEmpty()) {
                out.append(aggregate.without() ? " without " : " by ");
                writeLabels(out, aggregate.grouping());
            }
            if (aggregate.param() != null) {
                work.next(" ", aggregate.param(), " ", aggregate.expr(), ")");
            } else {
                work.next(" ", aggregate.expr(), ")");
            }
        } else if (expr instanceof Call call) {
            out.append('(').append(call.function().name());
            work.next(")");
            for (int i = call.args().size() - 1; i >= 0; i--) {
                work.next(" ", call.args().get(i));
            }
        } else if (expr instanceof Subquery subquery) {
            out.append("(subquery ");
            StringBuilder suffix = new StringBuilder(" ").append(print(subquery.range()));
            if (subquery.step() != null) {
                suffix.append(' ').append(print(subquery.step()));
            }
            work.next(subquery.expr(), suffix.append(')'));
        } else {
            write(out, expr, false);
        }
    }
}
