package dev.obsgen.promql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recursive descent with precedence climbing over the tokens of the {@link Lexer}, checking
 * types as each node is built, with upstream's grammar and error messages.
 *
 * <p>A parser instance parses one input; errors are thrown as {@link ParseException} at the
 * first problem.
 */
final class Parser {

    /**
     * How deep parentheses, calls, aggregations, signs and {@code ^} may nest; left-deep chains such as
     * {@code a + b + c} do not nest and have no limit. Each level costs the parser about a kilobyte of stack (up to
     * six frames, before the JIT compiles them), so this keeps a parse well inside a thread's default 1 MB with room
     * for its caller, and is far beyond any real expression (upstream's own tests nest 8 deep).
     */
    private static final int MAX_DEPTH = 256;

    /** Upstream rejects durations beyond what a signed 64-bit count of nanoseconds holds. */
    private static final double MAX_DURATION_SECONDS = 9223372036.854775807;

    private final Lexer lx;
    private int depth;
    /** The end offset of the last ')' or '}' that closed a label list; positions end there. */
    private int lastClosing;
    /** The offset at which a selector may consist of empty matchers only: info()'s second argument. */
    private int emptySelectorAllowedAt = -1;
    /** Whether duration tokens come from inside brackets (true) or after {@code offset} (false). */
    private boolean inBrackets;

    Parser(String input) {
        this.lx = new Lexer(input);
    }

    Expr parse() {
        try {
            lx.next();
            if (lx.kind == Token.EOF) {
                throw lx.error("no expression found in input", 0, 0);
            }
            Expr expr = parseExpr(0);
            if (lx.kind != Token.EOF) {
                throw unexpected(null, null);
            }
            return expr;
        } catch (StackOverflowError e) {
            // Only when the caller left less stack than MAX_DEPTH needs (a small thread stack, a deep caller): the
            // nesting is still what ran out, and the input is still what to fix.
            throw lx.error("expression nested too deeply", lx.start, lx.end);
        }
    }

    // Expressions.

    private Expr parseExpr(int minPrecedence) {
        if (++depth > MAX_DEPTH) {
            throw lx.error("expression nested too deeply", lx.start, lx.end);
        }
        Expr lhs = parseUnary();
        while (true) {
            BinaryOp op = Token.binaryOp(lx.kind);
            if (op == null || op.precedence() < minPrecedence) {
                break;
            }
            int opStart = lx.start;
            int opEnd = lx.end;
            lx.next();
            lhs = parseBinaryRest(lhs, op, opStart, opEnd);
        }
        depth--;
        return lhs;
    }

    private Expr parseUnary() {
        if (lx.kind != Token.ADD && lx.kind != Token.SUB) {
            return parsePostfix(parsePrimary());
        }
        boolean minus = lx.kind == Token.SUB;
        int opStart = lx.start;
        lx.next();
        // Unary operators bind looser than ^ so that -1^2 is -(1^2), as upstream.
        Expr operand = parseExpr(BinaryOp.POW.precedence());
        PositionRange position = new PositionRange(opStart, operand.position().end());
        if (operand instanceof NumberLiteral number) {
            return new NumberLiteral(minus ? -number.value() : number.value(), number.durationForm(), position);
        }
        ValueType type = operand.type();
        if (type != ValueType.SCALAR && type != ValueType.INSTANT_VECTOR) {
            throw error("unary expression only allowed on expressions of type scalar or instant vector, got "
                    + Quoting.quote(type.documentedName()), position);
        }
        return new Unary(minus ? UnaryOp.MINUS : UnaryOp.PLUS, operand, position);
    }

    private Expr parsePrimary() {
        int kind = lx.kind;
        switch (kind) {
            case Token.NUMBER, Token.DURATION -> {
                NumberLiteral literal = numberLiteral();
                lx.next();
                return literal;
            }
            case Token.STRING -> {
                StringLiteral literal = new StringLiteral(Quoting.unquote(lx.src, lx.start, lx.end),
                        new PositionRange(lx.start, lx.end));
                lx.next();
                return literal;
            }
            case Token.LEFT_PAREN -> {
                return parseParen();
            }
            case Token.LEFT_BRACE -> {
                return parseSelectorBody("", lx.start, lx.start);
            }
            case Token.IDENTIFIER -> {
                return lx.peek() == Token.LEFT_PAREN ? parseCall() : parseNamedSelector();
            }
            case Token.METRIC_IDENTIFIER, Token.LAND, Token.LOR, Token.LUNLESS, Token.BY, Token.WITHOUT,
                    Token.OFFSET, Token.ANCHORED, Token.SMOOTHED -> {
                return parseNamedSelector();
            }
            case Token.START, Token.END, Token.STEP -> {
                return lx.peek() == Token.LEFT_PAREN ? parseCall() : parseNamedSelector();
            }
            default -> {
                if (Token.isAggregation(kind)) {
                    int next = lx.peek();
                    if (next == Token.LEFT_PAREN || next == Token.BY || next == Token.WITHOUT) {
                        return parseAggregate();
                    }
                    return parseNamedSelector();
                }
                throw unexpected(null, null);
            }
        }
    }

    private NumberLiteral numberLiteral() {
        PositionRange position = new PositionRange(lx.start, lx.end);
        if (lx.kind == Token.DURATION) {
            return new NumberLiteral(durationToken().seconds(), true, position);
        }
        try {
            return new NumberLiteral(NumberSyntax.parse(lx.src, lx.start, lx.end), false, position);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), position);
        }
    }

    private Duration durationToken() {
        try {
            return Duration.parse(java.nio.CharBuffer.wrap(lx.src, lx.start, lx.end - lx.start));
        } catch (IllegalArgumentException e) {
            throw lx.error(e.getMessage(), lx.start, lx.end);
        }
    }

    private Expr parseParen() {
        int open = lx.start;
        lx.next();
        Expr inner = parseExpr(0);
        if (lx.kind != Token.RIGHT_PAREN) {
            throw unexpected("paren expression", "\")\"");
        }
        int close = lx.end;
        lx.next();
        return new Paren(inner, new PositionRange(open, close));
    }

    // Binary operations.

    private Expr parseBinaryRest(Expr lhs, BinaryOp op, int opStart, int opEnd) {
        boolean returnBool = false;
        if (lx.kind == Token.BOOL) {
            returnBool = true;
            lx.next();
        }
        boolean on = false;
        List<String> matchingLabels = List.of();
        List<String> include = List.of();
        Cardinality cardinality = null;
        if (lx.kind == Token.ON || lx.kind == Token.IGNORING) {
            on = lx.kind == Token.ON;
            lx.next();
            matchingLabels = parseGroupingLabels();
            if (lx.kind == Token.GROUP_LEFT || lx.kind == Token.GROUP_RIGHT) {
                cardinality = lx.kind == Token.GROUP_LEFT ? Cardinality.MANY_TO_ONE : Cardinality.ONE_TO_MANY;
                lx.next();
                if (lx.kind == Token.LEFT_PAREN) {
                    include = parseGroupingLabels();
                }
            }
        }
        Double fillLeft = null;
        Double fillRight = null;
        boolean fillBoth = false;
        int fillStart = -1;
        while (lx.kind == Token.IDENTIFIER && isFillModifier() && lx.peek() == Token.LEFT_PAREN) {
            boolean left = lx.textEqualsIgnoreCase("fill_left");
            boolean right = lx.textEqualsIgnoreCase("fill_right");
            int modifierStart = lx.start;
            if (fillStart < 0) {
                fillStart = modifierStart;
            }
            if (fillBoth || (!right && fillLeft != null) || (!left && fillRight != null)) {
                throw lx.error("fill modifiers may not be set multiple times", modifierStart, lx.end);
            }
            double value = parseFillValue();
            if (!right) {
                fillLeft = value;
            }
            if (!left) {
                fillRight = value;
            }
            fillBoth = !left && !right;
        }
        int nextMin = op.isRightAssociative() ? op.precedence() : op.precedence() + 1;
        Expr rhs = parseExpr(nextMin);
        PositionRange position = new PositionRange(lhs.position().start(), rhs.position().end());
        PositionRange opRange = new PositionRange(opStart, opEnd);

        if (returnBool && !op.isComparison()) {
            throw error("bool modifier can only be used on comparison operators", opRange);
        }
        ValueType lt = lhs.type();
        ValueType rt = rhs.type();
        if (op.isComparison() && !returnBool && lt == ValueType.SCALAR && rt == ValueType.SCALAR) {
            throw error("comparisons between scalars must use BOOL modifier", opRange);
        }
        if (on && cardinality != null) {
            for (String label : matchingLabels) {
                if (include.contains(label)) {
                    throw error("label " + Quoting.quote(label) + " must not occur in ON and GROUP clause at once",
                            opRange);
                }
            }
        }
        if (lt != ValueType.SCALAR && lt != ValueType.INSTANT_VECTOR) {
            throw error("binary expression must contain only scalar and instant vector types", lhs.position());
        }
        if (rt != ValueType.SCALAR && rt != ValueType.INSTANT_VECTOR) {
            throw error("binary expression must contain only scalar and instant vector types", rhs.position());
        }
        if ((lt == ValueType.SCALAR || rt == ValueType.SCALAR) && op.isSetOperator()) {
            throw error("set operator " + Quoting.quote(op.symbol()) + " not allowed in binary scalar expression",
                    position);
        }
        VectorMatching matching = null;
        if (lt == ValueType.INSTANT_VECTOR && rt == ValueType.INSTANT_VECTOR) {
            if (cardinality == null) {
                cardinality = op.isSetOperator() ? Cardinality.MANY_TO_MANY : Cardinality.ONE_TO_ONE;
            } else if (op.isSetOperator()) {
                throw error("no grouping allowed for " + Quoting.quote(op.symbol()) + " operation", position);
            }
            if (fillStart >= 0 && op.isSetOperator()) {
                throw error("fill modifiers are not allowed for set operator " + Quoting.quote(op.symbol()),
                        new PositionRange(fillStart, fillStart));
            }
            matching = new VectorMatching(cardinality, on, matchingLabels, include, fillLeft, fillRight);
        } else {
            if (!matchingLabels.isEmpty()) {
                throw error("vector matching only allowed between instant vectors", position);
            }
            if (fillStart >= 0) {
                throw error("fill modifiers only allowed between instant vectors", position);
            }
        }
        return new Binary(op, lhs, rhs, returnBool, matching, position);
    }

    private boolean isFillModifier() {
        return lx.textEqualsIgnoreCase("fill") || lx.textEqualsIgnoreCase("fill_left")
                || lx.textEqualsIgnoreCase("fill_right");
    }

    /** {@code fill(<number>)} with the current token at the modifier's name. */
    private double parseFillValue() {
        lx.next();
        lx.next();
        boolean minus = false;
        if (lx.kind == Token.ADD || lx.kind == Token.SUB) {
            minus = lx.kind == Token.SUB;
            lx.next();
        }
        if (lx.kind != Token.NUMBER) {
            throw unexpected("fill modifier", "number");
        }
        double value = numberLiteral().value();
        lx.next();
        if (lx.kind != Token.RIGHT_PAREN) {
            throw unexpected("fill modifier", "\")\"");
        }
        lx.next();
        return minus ? -value : value;
    }

    /** {@code (a, b, "c.d")} of by, without, on, ignoring and group_x, trailing comma allowed. */
    private List<String> parseGroupingLabels() {
        if (lx.kind != Token.LEFT_PAREN) {
            throw unexpected("grouping opts", "\"(\"");
        }
        lx.next();
        if (lx.kind == Token.RIGHT_PAREN) {
            lastClosing = lx.end;
            lx.next();
            return List.of();
        }
        List<String> labels = new ArrayList<>(4);
        while (true) {
            // Prometheus 3 validates label names as UTF-8, so a colon is fine here, unlike in braces.
            if (lx.kind == Token.IDENTIFIER || lx.kind == Token.METRIC_IDENTIFIER || Token.isKeyword(lx.kind)) {
                labels.add(lx.text());
            } else if (lx.kind == Token.STRING) {
                String label = Quoting.unquote(lx.src, lx.start, lx.end);
                if (label.isEmpty()) {
                    throw lx.error("invalid label name for grouping: \"\"", lx.start, lx.end);
                }
                labels.add(label);
            } else {
                throw unexpected("grouping opts", "label");
            }
            lx.next();
            if (lx.kind == Token.COMMA) {
                lx.next();
                if (lx.kind == Token.RIGHT_PAREN) {
                    break;
                }
            } else if (lx.kind == Token.RIGHT_PAREN) {
                break;
            } else {
                throw unexpected("grouping opts", "\",\" or \")\"");
            }
        }
        lastClosing = lx.end;
        lx.next();
        return labels;
    }

    // Aggregations and calls.

    private Expr parseAggregate() {
        AggregationOp op = Token.aggregation(lx.kind);
        int start = lx.start;
        lx.next();
        List<String> grouping = List.of();
        boolean without = false;
        boolean grouped = false;
        if (lx.kind == Token.BY || lx.kind == Token.WITHOUT) {
            without = lx.kind == Token.WITHOUT;
            grouped = true;
            lx.next();
            grouping = parseGroupingLabels();
        }
        if (lx.kind != Token.LEFT_PAREN) {
            throw unexpected("aggregation", null);
        }
        List<Expr> args = parseArguments(-1);
        int end = lx.end;
        lx.next();
        if (!grouped && (lx.kind == Token.BY || lx.kind == Token.WITHOUT)) {
            without = lx.kind == Token.WITHOUT;
            lx.next();
            grouping = parseGroupingLabels();
            end = lastClosing;
        }
        PositionRange position = new PositionRange(start, end);
        if (args.isEmpty()) {
            throw error("no arguments for aggregate expression provided", position);
        }
        int expected = op.hasParameter() ? 2 : 1;
        if (args.size() != expected) {
            throw error("wrong number of arguments for aggregate expression provided, expected " + expected
                    + ", got " + args.size(), position);
        }
        Expr param = op.hasParameter() ? args.get(0) : null;
        Expr expr = args.get(expected - 1);
        expectType(expr, ValueType.INSTANT_VECTOR, "aggregation expression");
        if (param != null) {
            expectType(param, op.parameterType(), "aggregation parameter");
        }
        return new Aggregate(op, expr, param, grouping, without, position);
    }

    /**
     * {@code (a, b)} of a call or an aggregation, leaving the current token at ')'.
     *
     * @param labelsOnlyArgument the index of the argument that may be a selector of matchers that
     *                           all match the empty value (info()'s second), or -1
     */
    private List<Expr> parseArguments(int labelsOnlyArgument) {
        lx.next();
        if (lx.kind == Token.RIGHT_PAREN) {
            return List.of();
        }
        List<Expr> args = new ArrayList<>(4);
        int saved = emptySelectorAllowedAt;
        while (true) {
            emptySelectorAllowedAt = args.size() == labelsOnlyArgument ? lx.start : saved;
            args.add(parseExpr(0));
            emptySelectorAllowedAt = saved;
            if (lx.kind == Token.COMMA) {
                int commaStart = lx.start;
                int commaEnd = lx.end;
                lx.next();
                if (lx.kind == Token.RIGHT_PAREN) {
                    throw lx.error("trailing commas not allowed in function call args", commaStart, commaEnd);
                }
            } else if (lx.kind == Token.RIGHT_PAREN) {
                return args;
            } else {
                throw unexpected("function call", "\",\" or \")\"");
            }
        }
    }

    private Expr parseCall() {
        int nameStart = lx.start;
        int nameEnd = lx.end;
        String name = lx.kind == Token.IDENTIFIER ? lx.text() : lx.text().toLowerCase(Locale.ROOT);
        Function function = Functions.get(name);
        if (function == null) {
            throw lx.error("unknown function with name " + Quoting.quote(name), nameStart, nameEnd);
        }
        lx.next();
        List<Expr> args = parseArguments("info".equals(name) ? 1 : -1);
        PositionRange position = new PositionRange(nameStart, lx.end);
        lx.next();
        checkCall(function, args, position);
        return new Call(function, args, position);
    }

    private void checkCall(Function function, List<Expr> args, PositionRange position) {
        int given = args.size();
        int declared = function.argTypes().size();
        if (function.variadic() == 0) {
            if (given != declared) {
                throw error("expected " + declared + " argument(s) in call to " + Quoting.quote(function.name())
                        + ", got " + given, position);
            }
        } else {
            int required = declared - 1;
            if (required > given) {
                throw error("expected at least " + required + " argument(s) in call to "
                        + Quoting.quote(function.name()) + ", got " + given, position);
            }
            int most = required + function.variadic();
            if (function.variadic() > 0 && most < given) {
                throw error("expected at most " + most + " argument(s) in call to " + Quoting.quote(function.name())
                        + ", got " + given, position);
            }
        }
        if (given > 1 && "info".equals(function.name())) {
            Expr labels = args.get(1);
            if (labels.type() != ValueType.INSTANT_VECTOR) {
                throw typeError(labels, ValueType.INSTANT_VECTOR, callContext(function));
            }
            if (!(labels instanceof VectorSelector selector)) {
                throw error("expected label selectors only", labels.position());
            }
            if (!selector.name().isEmpty()) {
                throw error("expected label selectors only, got vector selector instead", labels.position());
            }
        }
        for (int i = 0; i < given; i++) {
            if (i >= declared && function.variadic() == 0) {
                break;
            }
            Expr arg = args.get(i);
            ValueType want = function.argType(i);
            if (arg.type() != want) {
                throw typeError(arg, want, callContext(function));
            }
        }
    }

    private static String callContext(Function function) {
        return "call to function " + Quoting.quote(function.name());
    }

    private void expectType(Expr expr, ValueType want, String context) {
        if (expr.type() != want) {
            throw typeError(expr, want, context);
        }
    }

    private ParseException typeError(Expr expr, ValueType want, String context) {
        return error("expected type " + want.documentedName() + " in " + context + ", got "
                + expr.type().documentedName(), expr.position());
    }

    // Selectors.

    private Expr parseNamedSelector() {
        int nameStart = lx.start;
        int nameEnd = lx.end;
        String name = lx.text();
        lx.next();
        return parseSelectorBody(name, nameStart, nameEnd);
    }

    private VectorSelector parseSelectorBody(String name, int start, int nameEnd) {
        List<LabelMatcher> matchers = List.of();
        int end = nameEnd;
        if (lx.kind == Token.LEFT_BRACE) {
            matchers = parseMatchers();
            end = lastClosing;
        }
        PositionRange position = new PositionRange(start, end);
        if (!name.isEmpty()) {
            for (LabelMatcher matcher : matchers) {
                if (matcher.isMetricName()) {
                    throw error("metric name must not be set twice: " + Quoting.quote(name) + " or "
                            + Quoting.quote(matcher.value()), position);
                }
            }
        } else if (start != emptySelectorAllowedAt) {
            boolean selective = false;
            for (LabelMatcher matcher : matchers) {
                if (!matcher.matchesEmpty()) {
                    selective = true;
                    break;
                }
            }
            if (!selective) {
                throw error("vector selector must contain at least one non-empty matcher", position);
            }
        }
        return new VectorSelector(name, matchers, null, null, false, false, position);
    }

    /** The matchers between braces; the current token is '{'. Sets lastClosing to after '}'. */
    private List<LabelMatcher> parseMatchers() {
        lx.nextInBraces();
        List<LabelMatcher> matchers = null;
        while (lx.kind != Token.RIGHT_BRACE) {
            LabelMatcher matcher = parseMatcher();
            if (matchers == null) {
                matchers = new ArrayList<>(4);
            }
            matchers.add(matcher);
            if (lx.kind == Token.COMMA) {
                lx.nextInBraces();
            } else if (lx.kind != Token.RIGHT_BRACE) {
                throw unexpected("label matching", "\",\" or \"}\"");
            }
        }
        lastClosing = lx.end;
        lx.next();
        return matchers == null ? List.of() : matchers;
    }

    private LabelMatcher parseMatcher() {
        int start = lx.start;
        String label;
        boolean quoted;
        if (lx.kind == Token.IDENTIFIER) {
            label = lx.text();
            quoted = false;
        } else if (lx.kind == Token.STRING) {
            label = Quoting.unquote(lx.src, lx.start, lx.end);
            quoted = true;
        } else {
            throw unexpected("label matching", "identifier or \"}\"");
        }
        int labelEnd = lx.end;
        lx.nextInBraces();
        if (quoted && (lx.kind == Token.COMMA || lx.kind == Token.RIGHT_BRACE)) {
            return new LabelMatcher(MatchType.EQUAL, LabelMatcher.METRIC_NAME_LABEL, label,
                    new PositionRange(start, labelEnd));
        }
        MatchType type = switch (lx.kind) {
            case Token.EQL -> MatchType.EQUAL;
            case Token.NEQ -> MatchType.NOT_EQUAL;
            case Token.EQL_REGEX -> MatchType.REGEX;
            case Token.NEQ_REGEX -> MatchType.NOT_REGEX;
            default -> throw unexpected("label matching", "label matching operator");
        };
        lx.nextInBraces();
        if (lx.kind != Token.STRING) {
            throw unexpected("label matching", "string");
        }
        String value = Quoting.unquote(lx.src, lx.start, lx.end);
        PositionRange position = new PositionRange(start, lx.end);
        if (type.isRegex()) {
            try {
                LabelRegex.compile(value);
            } catch (IllegalArgumentException e) {
                throw error("error parsing regexp: " + e.getMessage(), new PositionRange(lx.start, lx.end));
            }
        }
        lx.nextInBraces();
        return new LabelMatcher(type, label, value, position);
    }

    // Postfix modifiers: ranges, subqueries, offset, @, anchored, smoothed.

    private Expr parsePostfix(Expr expr) {
        while (true) {
            switch (lx.kind) {
                case Token.LEFT_BRACKET -> expr = parseRangeOrSubquery(expr);
                case Token.OFFSET -> expr = parseOffset(expr);
                case Token.AT -> expr = parseAt(expr);
                case Token.ANCHORED, Token.SMOOTHED -> expr = parseRangeModifier(expr);
                default -> {
                    return expr;
                }
            }
        }
    }

    private Expr parseRangeOrSubquery(Expr expr) {
        int open = lx.start;
        boolean outer = inBrackets;
        inBrackets = true;
        lx.nextInDuration();
        if (lx.kind == Token.RIGHT_BRACKET || lx.kind == Token.COLON) {
            throw unexpected("subquery selector", "duration");
        }
        DurationExpr range = parseDurationExpr(0);
        if (lx.kind == Token.RIGHT_BRACKET) {
            int close = lx.end;
            inBrackets = outer;
            lx.next();
            requirePositive(range);
            if (!(expr instanceof VectorSelector selector)) {
                throw error("ranges only allowed for vector selectors", new PositionRange(open, close));
            }
            if (selector.offset() != null) {
                throw error("no offset modifiers allowed before range", new PositionRange(open, close));
            }
            if (selector.at() != null) {
                throw error("no @ modifiers allowed before range", new PositionRange(open, close));
            }
            return new MatrixSelector(selector, range, new PositionRange(selector.position().start(), close));
        }
        if (lx.kind != Token.COLON) {
            throw unexpected("subquery or range", "\":\" or \"]\"");
        }
        lx.nextInDuration();
        DurationExpr step = null;
        if (lx.kind != Token.RIGHT_BRACKET) {
            step = parseDurationExpr(0);
            if (lx.kind != Token.RIGHT_BRACKET) {
                throw unexpected("subquery selector", "\"]\"");
            }
        }
        int close = lx.end;
        inBrackets = outer;
        lx.next();
        requirePositive(range);
        if (step != null) {
            requirePositive(step);
        }
        PositionRange position = new PositionRange(expr.position().start(), close);
        if (expr.type() != ValueType.INSTANT_VECTOR) {
            throw error("subquery is only allowed on instant vector, got " + expr.type().documentedName() + " instead",
                    position);
        }
        return new Subquery(expr, range, step, null, null, position);
    }

    private void requirePositive(DurationExpr duration) {
        if (duration instanceof DurationExpr.Literal literal && literal.seconds() <= 0) {
            throw error("duration must be greater than 0", literal.position());
        }
    }

    private Expr parseOffset(Expr expr) {
        lx.next();
        boolean outer = inBrackets;
        inBrackets = false;
        DurationExpr offset;
        int kind = lx.kind;
        if (kind == Token.NUMBER || kind == Token.DURATION) {
            offset = durationLiteral(false, lx.start);
        } else if ((kind == Token.ADD || kind == Token.SUB) && isLiteralKind(lx.peek())) {
            // A signed literal ends the offset: "foo offset -5m - 1" subtracts 1 from the selector.
            boolean minus = kind == Token.SUB;
            int signStart = lx.start;
            lx.next();
            offset = durationLiteral(minus, signStart);
        } else if (kind == Token.ADD || kind == Token.SUB || kind == Token.LEFT_PAREN || isDurationFunction()) {
            offset = parseDurationExpr(0);
        } else {
            throw unexpected("offset", "number, duration, or step()");
        }
        inBrackets = outer;
        int end = offset.position().end();
        if (expr instanceof VectorSelector selector) {
            if (selector.offset() != null) {
                throw error("offset may not be set multiple times", expr.position());
            }
            return selector.withOffset(offset, new PositionRange(selector.position().start(), end));
        }
        if (expr instanceof MatrixSelector matrix) {
            VectorSelector selector = matrix.selector();
            if (selector.offset() != null) {
                throw error("offset may not be set multiple times", expr.position());
            }
            return matrix.withSelector(selector.withOffset(offset, selector.position()),
                    new PositionRange(matrix.position().start(), end));
        }
        if (expr instanceof Subquery subquery) {
            if (subquery.offset() != null) {
                throw error("offset may not be set multiple times", expr.position());
            }
            return subquery.withOffset(offset, new PositionRange(subquery.position().start(), end));
        }
        throw error("offset modifier must be preceded by an instant vector selector or range vector selector or a "
                + "subquery", new PositionRange(expr.position().start(), end));
    }

    private static boolean isLiteralKind(int kind) {
        return kind == Token.NUMBER || kind == Token.DURATION;
    }

    private Expr parseAt(Expr expr) {
        lx.next();
        AtModifier at;
        int end;
        if ((lx.kind == Token.START || lx.kind == Token.END) && lx.peek() == Token.LEFT_PAREN) {
            at = lx.kind == Token.START ? AtModifier.START : AtModifier.END;
            lx.next();
            lx.next();
            if (lx.kind != Token.RIGHT_PAREN) {
                throw unexpected("@", "\")\"");
            }
            end = lx.end;
            lx.next();
        } else {
            boolean minus = false;
            int valueStart = lx.start;
            if (lx.kind == Token.ADD || lx.kind == Token.SUB) {
                minus = lx.kind == Token.SUB;
                lx.next();
            }
            if (!isLiteralKind(lx.kind)) {
                throw unexpected("@", "timestamp");
            }
            double seconds = numberLiteral().value();
            if (minus) {
                seconds = -seconds;
            }
            end = lx.end;
            PositionRange valueRange = new PositionRange(valueStart, end);
            lx.next();
            if (Double.isNaN(seconds) || Double.isInfinite(seconds) || seconds >= 0x1p63 || seconds <= -0x1p63) {
                throw error("timestamp out of bounds for @ modifier: " + formatFloat(seconds), valueRange);
            }
            at = AtModifier.atMillis(Math.round(seconds * 1000));
        }
        if (expr instanceof VectorSelector selector) {
            if (selector.at() != null) {
                throw error("@ <timestamp> may not be set multiple times", expr.position());
            }
            return selector.withAt(at, new PositionRange(selector.position().start(), end));
        }
        if (expr instanceof MatrixSelector matrix) {
            VectorSelector selector = matrix.selector();
            if (selector.at() != null) {
                throw error("@ <timestamp> may not be set multiple times", expr.position());
            }
            return matrix.withSelector(selector.withAt(at, selector.position()),
                    new PositionRange(matrix.position().start(), end));
        }
        if (expr instanceof Subquery subquery) {
            if (subquery.at() != null) {
                throw error("@ <timestamp> may not be set multiple times", expr.position());
            }
            return subquery.withAt(at, new PositionRange(subquery.position().start(), end));
        }
        throw error("@ modifier must be preceded by an instant vector selector or range vector selector or a subquery",
                new PositionRange(expr.position().start(), end));
    }

    private Expr parseRangeModifier(Expr expr) {
        boolean anchored = lx.kind == Token.ANCHORED;
        String keyword = anchored ? "anchored" : "smoothed";
        int end = lx.end;
        lx.next();
        VectorSelector selector;
        if (expr instanceof VectorSelector vector) {
            selector = vector;
        } else if (expr instanceof MatrixSelector matrix) {
            selector = matrix.selector();
        } else if (expr instanceof Subquery) {
            throw error(keyword + " modifier is not supported for subqueries",
                    new PositionRange(expr.position().start(), end));
        } else {
            throw error(keyword + " modifier must be preceded by an instant vector selector or range vector selector",
                    new PositionRange(expr.position().start(), end));
        }
        if ((anchored && selector.anchored()) || (!anchored && selector.smoothed())) {
            throw error(keyword + " may not be set multiple times", new PositionRange(expr.position().start(), end));
        }
        if ((anchored && selector.smoothed()) || (!anchored && selector.anchored())) {
            throw error("anchored and smoothed modifiers cannot be used together",
                    new PositionRange(expr.position().start(), end));
        }
        if (expr instanceof MatrixSelector matrix) {
            return matrix.withSelector(selector.withModifiers(anchored, !anchored, selector.position()),
                    new PositionRange(matrix.position().start(), end));
        }
        return selector.withModifiers(anchored, !anchored, new PositionRange(selector.position().start(), end));
    }

    // Duration expressions, inside brackets or after offset.

    private void nextDurationToken() {
        if (inBrackets) {
            lx.nextInDuration();
        } else {
            lx.next();
        }
    }

    private boolean isDurationFunction() {
        int kind = lx.kind;
        if (kind == Token.STEP || kind == Token.RANGE || kind == Token.MIN_OF || kind == Token.MAX_OF) {
            return true;
        }
        return kind == Token.IDENTIFIER && DurationExpr.DurationFunction.named(lx.text()) != null;
    }

    private DurationExpr parseDurationExpr(int minPrecedence) {
        if (++depth > MAX_DEPTH) {
            throw lx.error("expression nested too deeply", lx.start, lx.end);
        }
        DurationExpr lhs = parseDurationUnary();
        while (true) {
            BinaryOp op = Token.binaryOp(lx.kind);
            if (op == null || !op.isArithmetic() || op.precedence() < minPrecedence) {
                break;
            }
            int opStart = lx.start;
            int opEnd = lx.end;
            nextDurationToken();
            DurationExpr rhs = parseDurationExpr(op.isRightAssociative() ? op.precedence() : op.precedence() + 1);
            if ((op == BinaryOp.DIV || op == BinaryOp.MOD) && rhs instanceof DurationExpr.Literal literal
                    && literal.seconds() == 0) {
                throw lx.error(op == BinaryOp.DIV ? "division by zero" : "modulo by zero", opStart, opEnd);
            }
            lhs = new DurationExpr.Binary(op, lhs, rhs,
                    new PositionRange(lhs.position().start(), rhs.position().end()));
        }
        depth--;
        return lhs;
    }

    private DurationExpr parseDurationUnary() {
        if (lx.kind != Token.ADD && lx.kind != Token.SUB) {
            return parseDurationPrimary();
        }
        boolean minus = lx.kind == Token.SUB;
        int opStart = lx.start;
        nextDurationToken();
        DurationExpr operand = parseDurationExpr(BinaryOp.POW.precedence());
        PositionRange position = new PositionRange(opStart, operand.position().end());
        if (operand instanceof DurationExpr.Literal literal) {
            double seconds = minus ? -literal.seconds() : literal.seconds();
            checkDurationRange(seconds, position);
            return new DurationExpr.Literal(seconds, literal.unitForm(), literal.grouped(), position);
        }
        return new DurationExpr.Unary(minus ? UnaryOp.MINUS : UnaryOp.PLUS, operand, position);
    }

    private DurationExpr parseDurationPrimary() {
        int kind = lx.kind;
        if (isLiteralKind(kind)) {
            return durationLiteral(false, lx.start);
        }
        if (kind == Token.LEFT_PAREN) {
            int open = lx.start;
            nextDurationToken();
            DurationExpr inner = parseDurationExpr(0);
            if (lx.kind != Token.RIGHT_PAREN) {
                throw unexpected("duration expression", "\")\"");
            }
            int close = lx.end;
            nextDurationToken();
            PositionRange position = new PositionRange(open, close);
            // Parentheses around a literal fold away, as upstream, but the grouping needs the flag.
            return grouped(inner, position);
        }
        if (isDurationFunction()) {
            DurationExpr.DurationFunction function = DurationExpr.DurationFunction.named(lx.text());
            int start = lx.start;
            nextDurationToken();
            if (lx.kind != Token.LEFT_PAREN) {
                throw unexpected("duration expression", "\"(\"");
            }
            nextDurationToken();
            List<DurationExpr> args = new ArrayList<>(2);
            for (int i = 0; i < function.arity(); i++) {
                if (i > 0) {
                    if (lx.kind != Token.COMMA) {
                        throw unexpected("duration expression", "\",\"");
                    }
                    nextDurationToken();
                }
                args.add(parseDurationExpr(0));
            }
            if (lx.kind != Token.RIGHT_PAREN) {
                throw unexpected("duration expression", "\")\"");
            }
            int end = lx.end;
            nextDurationToken();
            return new DurationExpr.Call(function, args, new PositionRange(start, end));
        }
        throw unexpected("duration expression", "number, duration, or step()");
    }

    /**
     * The expression with its position widened to the parentheses around it. Parentheses leave
     * no node of their own in a duration, as upstream; a literal keeps the mark that they were
     * there, since that makes it a duration expression.
     */
    private static DurationExpr grouped(DurationExpr inner, PositionRange position) {
        if (inner instanceof DurationExpr.Literal literal) {
            return new DurationExpr.Literal(literal.seconds(), literal.unitForm(), true, position);
        }
        if (inner instanceof DurationExpr.Unary unary) {
            return new DurationExpr.Unary(unary.op(), unary.operand(), position);
        }
        if (inner instanceof DurationExpr.Binary binary) {
            return new DurationExpr.Binary(binary.op(), binary.lhs(), binary.rhs(), position);
        }
        DurationExpr.Call call = (DurationExpr.Call) inner;
        return new DurationExpr.Call(call.function(), call.args(), position);
    }

    /** A number or duration token, with the sign already read; advances past it. */
    private DurationExpr.Literal durationLiteral(boolean minus, int start) {
        double seconds;
        boolean unitForm = lx.kind == Token.DURATION;
        if (unitForm) {
            seconds = durationToken().seconds();
        } else {
            seconds = numberLiteral().value();
        }
        PositionRange position = new PositionRange(start, lx.end);
        checkDurationRange(seconds, new PositionRange(lx.start, lx.end));
        if (minus) {
            seconds = -seconds;
        }
        nextDurationToken();
        return new DurationExpr.Literal(seconds, unitForm, false, position);
    }

    private void checkDurationRange(double seconds, PositionRange position) {
        if (!(Math.abs(seconds) <= MAX_DURATION_SECONDS)) {
            throw error("duration out of range", position);
        }
    }

    // Errors.

    private ParseException error(String reason, PositionRange position) {
        return lx.error(reason, position.start(), position.end());
    }

    private ParseException unexpected(String context, String expected) {
        StringBuilder reason = new StringBuilder("unexpected ").append(lx.describe());
        if (context != null) {
            reason.append(" in ").append(context);
        }
        if (expected != null) {
            reason.append(", expected ").append(expected);
        }
        return lx.error(reason.toString(), lx.start, lx.end);
    }

    private static String formatFloat(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        return String.format(Locale.ROOT, "%f", value);
    }
}
