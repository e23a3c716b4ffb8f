package dev.obsgen.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.promql.NameCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated rules join thousands of terms with one operator. Such a rule is linted like a short one: every check
 * runs to the end and finds what it would find in two terms, however deep the term sits in the chain.
 */
class LintDeepExpressionTest {
    private static final int TERMS = 10_000;
    /** Where the expression starts in the file {@link #ruleFile} writes: line 4, after {@code - expr: '}. */
    private static final String EXPR_START = "4:16";

    @TempDir
    Path dir;

    private static String chain(String first, String term, String operator) {
        StringBuilder text = new StringBuilder(first);
        for (int i = 1; i < TERMS; i++) {
            text.append(' ').append(operator).append(' ').append(term);
        }
        return text.toString();
    }

    static Stream<Arguments> deepRules() {
        return Stream.of(
                Arguments.of("a sum with a condition", chain("up", "up", "+") + " > 0", List.of()),
                Arguments.of("and", "(" + chain("up", "up", "and") + ") > 0", List.of()),
                Arguments.of("or", "(" + chain("up", "up", "or") + ") > 0", List.of()),
                Arguments.of("unless", "(" + chain("up", "up", "unless") + ") > 0", List.of()),
                Arguments.of("product", "(" + chain("up", "up", "*") + ") > 0", List.of()),
                Arguments.of("bool comparisons", "(" + chain("up", "up", "== bool") + ") > 0", List.of()),
                Arguments.of("each term a condition", chain("up > 0", "up > 0", "or"), List.of()),
                Arguments.of("no condition", chain("up", "up", "+"),
                        List.of(EXPR_START + " warning alert/comparison")),
                Arguments.of("no condition in one of the or", chain("up > 0", "up > 0", "or") + " or up",
                        List.of(EXPR_START + " warning alert/comparison")),
                Arguments.of("a self ratio deepest in the chain",
                        chain("sum(jobs{status=\"failed\"} / jobs)", "up", "+") + " > 0",
                        List.of("4:20 error promql/self-ratio")),
                Arguments.of("a raw counter deepest in the chain", chain("errors_total", "up", "+") + " > 0",
                        List.of(EXPR_START + " warning promql/counter-without-rate")),
                Arguments.of("a raw counter counted", "count(" + chain("errors_total", "up", "+") + ") > 0", List.of()),
                Arguments.of("a quantile whose input drops le deepest in the chain",
                        "histogram_quantile(0.9, " + chain("sum(rate(x_bucket[5m]))", "rate(x_bucket[5m])", "+")
                                + ") > 1",
                        List.of("4:40 error promql/histogram-quantile")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deepRules")
    void lintsALongChainToTheEnd(String name, String expr, List<String> expected) throws IOException {
        LintReport report = new Lint(CheckRegistry.standard(), new NameCatalog()).run(List.of(ruleFile(expr)));
        assertEquals(1, report.rules());
        List<String> found = report.problems().stream()
                .map(p -> p.line() + ":" + p.column() + " " + p.severity().name().toLowerCase(java.util.Locale.ROOT)
                        + " " + p.checkId())
                .toList();
        assertEquals(expected, found.size() > 5 ? found.subList(0, 5) : found, () -> report.problems().size()
                + " problems, the first: " + report.problems().stream().limit(5).map(LintProblem::format).toList());
    }

    private Path ruleFile(String expr) throws IOException {
        Path file = dir.resolve("deep.yml");
        Files.writeString(file, "groups:\n"
                + "  - name: deep\n"
                + "    rules:\n"
                + "      - expr: '" + expr + "'\n"
                + "        alert: ManyTargets\n"
                + "        labels:\n"
                + "          severity: warning\n"
                + "        annotations:\n"
                + "          summary: Many targets.\n"
                + "          description: Many targets are up.\n");
        return file;
    }
}
