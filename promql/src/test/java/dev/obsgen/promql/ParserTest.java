package dev.obsgen.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Tables of input and expected tree, printed form, type, position or error. */
class ParserTest {

    static Stream<Arguments> trees() {
        return Stream.of(
                // Precedence, lowest to highest: or; and unless; comparisons and trims; + -; * / % atan2; ^.
                Arguments.of("foo + bar * baz", "(+ foo (* bar baz))"),
                Arguments.of("foo * bar + baz", "(+ (* foo bar) baz)"),
                Arguments.of("foo == bar or baz and qux", "(or (== foo bar) (and baz qux))"),
                Arguments.of("a and b unless c or d", "(or (unless (and a b) c) d)"),
                Arguments.of("a atan2 b * c", "(* (atan2 a b) c)"),
                Arguments.of("a ^ b * c", "(* (^ a b) c)"),
                Arguments.of("x </ 5 + 1", "(</ x (+ 5 1))"),
                Arguments.of("x >/ 1 </ 9", "(</ (>/ x 1) 9)"),
                Arguments.of("1 < bool 2 - 1 * 2", "(< bool 1 (- 2 (* 1 2)))"),
                // Associativity: left for everything but ^.
                Arguments.of("a - b - c", "(- (- a b) c)"),
                Arguments.of("a / b * c", "(* (/ a b) c)"),
                Arguments.of("a or b or c", "(or (or a b) c)"),
                Arguments.of("2 ^ 3 ^ 2", "(^ 2 (^ 3 2))"),
                // Unary minus binds looser than ^ and tighter than *.
                Arguments.of("-1^2", "(- (^ 1 2))"),
                Arguments.of("-1^-2", "(- (^ 1 -2))"),
                Arguments.of("-a * b", "(* (- a) b)"),
                Arguments.of("a * -b ^ c", "(* a (- (^ b c)))"),
                Arguments.of("+1 + -2 * 1", "(+ 1 (* -2 1))"),
                // A sign in front of a literal folds into it; through parentheses it does not.
                Arguments.of("- -1", "1"),
                Arguments.of("-(1)", "(- (paren 1))"),
                Arguments.of("--foo", "(- (- foo))"),
                Arguments.of("1 + 2/(3*1)", "(+ 1 (/ 2 (paren (* 3 1))))"),
                // Postfix modifiers bind tighter than every operator.
                Arguments.of("a + b offset 5m", "(+ a b offset 5m)"),
                Arguments.of("-foo offset 5m", "(- foo offset 5m)"),
                // After offset a literal ends the duration; an expression continues it.
                Arguments.of("foo offset 5s-8", "(- foo offset 5s 8)"),
                Arguments.of("foo offset -1^1", "(^ foo offset -1s 1)"),
                Arguments.of("foo offset (5s-8)", "foo offset (5s - 8)"),
                Arguments.of("foo offset step()*2", "foo offset step() * 2"),
                // Aggregations: grouping before or after, parameters first.
                Arguments.of("sum(rate(foo[5m])) by (job)", "(sum by (job) (rate foo[5m]))"),
                Arguments.of("topk(3, x) by (a)", "(topk by (a) 3 x)"),
                Arguments.of("count_values(\"v\", x)", "(count_values \"v\" x)"),
                Arguments.of("sum without (a, b) (x)", "(sum without (a, b) x)"),
                Arguments.of("rate(x[5m:1m])", "(rate (subquery x 5m 1m))"),
                Arguments.of("max_over_time(rate(x[1m])[1h:5m])", "(max_over_time (subquery (rate x[1m]) 1h 5m))"),
                // Keywords are metric names where no keyword fits.
                Arguments.of("sum(sum)", "(sum sum)"),
                Arguments.of("foo * sum", "(* foo sum)"),
                Arguments.of("offset + step + anchored", "(+ (+ offset step) anchored)"),
                Arguments.of("other + fill(0) fill", "(+ other fill)"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("trees")
    void parsesToTree(String input, String expectedTree) {
        assertEquals(expectedTree, Printer.tree(PromQL.parse(input)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            sum(rate(foo{a="b"}[5m])) by (job)          | sum by (job) (rate(foo{a="b"}[5m]))
            sum by(job)(x) / on(job) group_left sum(y)  | sum by (job) (x) / on (job) group_left sum(y)
            a + on(x) group_left(y) b                   | a + on (x) group_left (y) b
            a + on(x) group_left (b) c                  | a + on (x) group_left (b) c
            a * on(x) group_right() (b)                 | a * on (x) group_right () (b)
            a + ignoring() group_left b                 | a + ignoring () group_left b
            foo and ignoring() bar                      | foo and bar
            foo and on() bar                            | foo and on () bar
            sum by () (x)                               | sum(x)
            sum without () (x)                          | sum without () (x)
            foo OFFSET 5m                               | foo offset 5m
            foo offset -7m                              | foo offset -7m
            foo offset 1h30m                            | foo offset 1h30m
            foo[300]                                    | foo[5m]
            foo[4.18] @ 2.345                           | foo[4s180ms] @ 2.345
            foo @ 3.3335                                | foo @ 3.334
            foo{a="b",}[5m] offset 1m @ 123 anchored    | foo{a="b"}[5m] @ 123 offset 1m anchored
            foo smoothed offset 5m                      | foo offset 5m smoothed
            foo[5m:] @ start() offset 5m                | foo[5m:] @ start() offset 5m
            {"my.metric", "label.x"="v"}                | {"my.metric", "label.x"="v"}
            {'foo'}                                     | {__name__="foo"}
            foo{bar='baz'}                              | foo{bar="baz"}
            `raw\\n`                                    | "raw\\\\n"
            "\\xc3\\xa9"                                | "é"
            0x1f + 0755 + 08 + 1_000 + .5 + 5. + 1e3    | 31 + 493 + 8 + 1000 + 0.5 + 5 + 1000
            1h + -1m                                    | 1h + -1m
            1e-400                                      | 0
            +Inf - NaN                                  | Inf - NaN
            a + fill_left(1) fill_right(1) b            | a + fill(1) b
            a + fill_left(1) fill_right(2) b            | a + fill_left(1) fill_right(2) b
            foo[step() * 2 + 1m]                        | foo[step() * 2 + 1m]
            foo[(5s)]                                   | foo[5s]
            metric offset (STEP()/10)                   | metric offset step() / 10
            (metric offset (step())) + 1                | (metric offset step()) + 1
            foo offset (5 + step())                     | foo offset (5 + step())
            sum by ("foo bar", job, "inf") (x)          | sum by ("foo bar", job, "inf") (x)
            """)
    void printsCanonically(String input, String expected) {
        Expr expr = PromQL.parse(input);
        assertEquals(expected, PromQL.print(expr));
        assertEquals(expr, PromQL.parse(PromQL.print(expr)), "round trip");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            1                                    | SCALAR
            "s"                                  | STRING
            foo                                  | INSTANT_VECTOR
            foo[5m]                              | RANGE_VECTOR
            foo[5m:]                             | RANGE_VECTOR
            1 + 1                                | SCALAR
            foo + 1                              | INSTANT_VECTOR
            -(1)                                 | SCALAR
            time()                               | SCALAR
            scalar(foo) > bool 1                 | SCALAR
            step() * 2                           | SCALAR
            sum(foo)                             | INSTANT_VECTOR
            (foo[5m])                            | RANGE_VECTOR
            """)
    void typeIsChecked(String input, ValueType expected) {
        assertEquals(expected, PromQL.parse(input).type());
    }

    /** The expected message fragment and the 1-based column where upstream would point. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            ~~                                     | no expression found in input                                   | 1
            1 +                                    | unexpected end of input                                        | 4
            *1                                     | unexpected <op:*>                                              | 1
            (1))                                   | unexpected right parenthesis                                   | 4
            ((1)                                   | unclosed left parenthesis                                      | 5
            1 == 1                                 | comparisons between scalars must use BOOL modifier             | 3
            1 and 1                                | set operator "and" not allowed in binary scalar expression     | 1
            foo + bool bar                         | bool modifier can only be used on comparison operators         | 5
            foo and on(bar) group_left(baz) bar    | no grouping allowed for "and" operation                        | 1
            foo == on(bar) 10                      | vector matching only allowed between instant vectors           | 1
            a + on(x) group_left(x) b              | label "x" must not occur in ON and GROUP clause at once        | 3
            -"string"                              | unary expression only allowed on expressions of type scalar    | 1
            foo{a=b}                               | unexpected identifier "b" in label matching, expected string   | 7
            foo{gibberish}                         | expected label matching operator                               | 14
            {}                                     | vector selector must contain at least one non-empty matcher    | 1
            {x=~".*"}                              | vector selector must contain at least one non-empty matcher    | 1
            foo{__name__="bar"}                    | metric name must not be set twice: "foo" or "bar"              | 1
            {a=~"("}                               | error parsing regexp                                           | 5
            foo[0m]                                | duration must be greater than 0                                | 5
            foo[5m1h]                              | not a valid duration string                                    | 5
            foo[5mm]                               | bad number or duration syntax                                  | 5
            foo[step()/0d]                         | division by zero                                               | 11
            foo offset 9.5e10                      | duration out of range                                          | 12
            foo offset 1s offset 2s                | offset may not be set multiple times                           | 1
            1 offset 1d                            | offset modifier must be preceded by an instant vector selector | 1
            some_metric OFFSET 1m[5m]              | no offset modifiers allowed before range                       | 22
            some_metric @ 1234 [5m]                | no @ modifiers allowed before range                            | 20
            (foo + bar)[5m]                        | ranges only allowed for vector selectors                       | 12
            foo @ +Inf                             | timestamp out of bounds for @ modifier                         | 7
            rate(some_metric[5m]) @ 1234           | @ modifier must be preceded by an instant vector selector      | 1
            foo[5m] anchored smoothed              | anchored and smoothed modifiers cannot be used together        | 1
            test[5d] OFFSET 10s [10m:5s]           | subquery is only allowed on instant vector, got range vector   | 1
            floor()                                | expected 1 argument(s) in call to "floor", got 0               | 1
            hour(a, b, c)                          | expected at most 1 argument(s) in call to "hour", got 3        | 1
            label_join(a, "b")                     | expected at least 3 argument(s) in call to "label_join", got 2 | 1
            rate(some_metric)                      | expected type range vector in call to function "rate", got instant vector | 6
            floor(1)                               | expected type instant vector in call to function "floor", got scalar | 7
            topk(some_metric, other_metric)        | expected type scalar in aggregation parameter, got instant vector | 6
            count_values(5, other_metric)          | expected type string in aggregation parameter, got scalar      | 14
            sum(foo[5m])                           | expected type instant vector in aggregation expression, got range vector | 5
            topk(some_metric)                      | wrong number of arguments for aggregate expression provided, expected 2, got 1 | 1
            sum()                                  | no arguments for aggregate expression provided                 | 1
            topk(5, foo,)                          | trailing commas not allowed in function call args              | 12
            non_existent_function_far_bar()        | unknown function with name "non_existent_function_far_bar"    | 1
            info(x, target_info{a="b"})            | expected label selectors only, got vector selector instead     | 9
            "\\c"                                  | unknown escape sequence U+0063 'c'                             | 2
            "abc                                   | unterminated quoted string                                     | 1
            0xce                                   | bad number or duration syntax                                  | 1
            999e999                                | value out of range                                             | 1
            1 =~ 1                                 | unexpected character after '=': '~'                            | 3
            foo[5s x 5s]                           | unexpected character in duration expression: 'x'               | 8
            a + fill(0) fill(1) b                  | fill modifiers may not be set multiple times                   | 13
            """)
    void rejects(String input, String expectedFragment, int expectedColumn) {
        ParseException error = assertThrows(ParseException.class, () -> PromQL.parse(input));
        assertTrue(error.reason().contains(expectedFragment),
                () -> "expected \"" + expectedFragment + "\" in \"" + error.reason() + "\"");
        assertEquals(1, error.line(), "line");
        assertEquals(expectedColumn, error.column(), () -> "column of: " + error.getMessage());
    }

    /** Every node with the source text its position covers, in walk order. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            rate(foo[5m]) > 0.1            | Binary:rate(foo[5m]) > 0.1, Call:rate(foo[5m]), MatrixSelector:foo[5m], VectorSelector:foo, NumberLiteral:0.1
            -1 + x{a="b"} offset 5m        | Binary:-1 + x{a="b"} offset 5m, NumberLiteral:-1, VectorSelector:x{a="b"} offset 5m
            foo[5m] offset 1m @ 10         | MatrixSelector:foo[5m] offset 1m @ 10, VectorSelector:foo
            sum(x) by (job) * (y)          | Binary:sum(x) by (job) * (y), Aggregate:sum(x) by (job), VectorSelector:x, Paren:(y), VectorSelector:y
            max_over_time(x[10m:1m])       | Call:max_over_time(x[10m:1m]), Subquery:x[10m:1m], VectorSelector:x
            topk(5, x)                     | Aggregate:topk(5, x), NumberLiteral:5, VectorSelector:x
            - foo                          | Unary:- foo, VectorSelector:foo
            {"a.b"} smoothed               | VectorSelector:{"a.b"} smoothed
            """)
    void knowsPositions(String input, String expected) {
        Expr expr = PromQL.parse(input);
        List<String> nodes = new ArrayList<>();
        for (NodePath<Expr> path : ExprWalker.all(expr)) {
            nodes.add(path.node().getClass().getSimpleName() + ":" + path.node().position().textIn(input));
        }
        assertEquals(expected, String.join(", ", nodes));
    }

    static Stream<Arguments> carets() {
        return Stream.of(
                Arguments.of("foo{a=b}",
                        "1:7: unexpected identifier \"b\" in label matching, expected string\n"
                                + "foo{a=b}\n"
                                + "      ^"),
                Arguments.of("sum(\n  rate(",
                        "2:8: unclosed left parenthesis\n"
                                + "  rate(\n"
                                + "       ^"),
                Arguments.of("a +\n\tfoo{x=\"y\"} offset 5x",
                        "2:20: bad number or duration syntax: \"5\"\n"
                                + "\tfoo{x=\"y\"} offset 5x\n"
                                + "\t                  ^"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("carets")
    void formatsCaret(String input, String expected) {
        ParseException error = assertThrows(ParseException.class, () -> PromQL.parse(input));
        assertEquals(expected, error.formatted());
    }
}
