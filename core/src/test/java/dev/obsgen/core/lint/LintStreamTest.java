package dev.obsgen.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.promql.NameCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lint reads rule files as a stream of YAML events, a group at a time: what it finds is what reading the whole tree
 * found. Each row is a file whose shape the stream must take apart as the tree did (documents of other kinds, a
 * PrometheusRule whose kind follows its spec, a group whose name follows its rules, a key given twice, aliases, a YAML
 * error in a later document), with the findings it gets; the rows with none are correct files.
 */
class LintStreamTest {
    private static final String API_DOWN = """
                  - alert: ApiDown
                    expr: up{job="api"} == 0
                    labels:
                      severity: critical
                    annotations:
                      summary: "{{ $labels.instance }} is down"
                      description: "The api target {{ $labels.instance }} failed its scrape."
            """;
    private static final String UNIQUE = "is declared more than once with the same labels; rules of one name must "
            + "differ in their labels or severity";

    @TempDir
    Path dir;

    private List<String> lint(int threads, Path... files) {
        return new Lint(CheckRegistry.standard(), new LintCatalog(new NameCatalog(), Optional.empty()), threads)
                .run(List.of(files)).problems().stream()
                .map(p -> dir.relativize(Path.of(p.file())) + ":" + p.line() + ":" + p.column() + " "
                        + p.severity().label() + "[" + p.checkId() + "] " + p.message())
                .toList();
    }

    /** Eight anchors, each a list of ten aliases of the one before: a few lines that stand for 10^8 nodes. */
    private static final String LAUGHS = "a1: &a1 [x, x, x, x, x, x, x, x, x, x]\n" + IntStream.rangeClosed(2, 8)
            .mapToObj(i -> "a" + i + ": &a" + i + " [" + String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1)))
                    + "]\n").reduce("", String::concat);
    /** Stopped where the aliases of a7 pass a million nodes, before any expansion. */
    private static final String TOO_MANY_ALIASED = "f.yaml:6:45 error[lint/input] is not valid YAML: its aliases stand "
            + "for more than 1000000 nodes";

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("a second document that is no rule file", "groups:\n  - name: api\n    rules:\n"
                        + API_DOWN + "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n"
                        + "  groups: \"not rules\"\n",
                        List.of("f.yaml:12:1 error[lint/input] is not a rule file: no 'groups:' (nor a PrometheusRule "
                                + "with spec.groups)")),
                Arguments.of("a PrometheusRule with two groups, its kind after its spec and a name after its rules", """
                        apiVersion: monitoring.coreos.com/v1
                        spec:
                          groups:
                            - name: latency
                              rules:
                                - record: job:latency_seconds:p90
                                  expr: >-
                                    histogram_quantile(0.9,
                                    sum by (job) (rate(latency_seconds_bucket[5m])))
                            - rules:
                                - alert: ApiDown
                                  expr: |
                                    up{job="api"}
                                      == 0
                                  for: 5 minutes
                                  labels:
                                    severity: critical
                                  annotations:
                                    summary: "{{ $labels.instance }} is down"
                                    description: "The api target {{ $labels.instance }} failed its scrape."
                              name: availability
                              interval: 1 minute
                        kind: PrometheusRule
                        """,
                        List.of("f.yaml:9:13 error[promql/histogram-quantile] recording rule 'job:latency_seconds:p90': "
                                        + "sum drops the 'le' label that histogram_quantile needs; aggregate by (job, le)",
                                "f.yaml:15:16 error[model/duration] alert 'ApiDown': for '5 minutes' is not a duration; "
                                        + "write it like 30s, 5m or 1h30m",
                                "f.yaml:22:17 error[model/duration] rule group 'availability': interval '1 minute' is "
                                        + "not a duration; write it like 30s, 5m or 1h30m")),
                Arguments.of("a correct PrometheusRule with two groups", "apiVersion: monitoring.coreos.com/v1\n"
                        + "kind: PrometheusRule\nmetadata:\n  name: api\nspec:\n" + ("groups:\n  - name: api\n    rules:\n"
                        + API_DOWN + "  - name: web\n    rules:\n" + API_DOWN.replace("ApiDown", "WebDown")
                        .replace("\"api\"", "\"web\"")).indent(2), List.of()),
                Arguments.of("one alert in two groups of a PrometheusRule, as in one group of a rule file",
                        "kind: PrometheusRule\nspec:\n" + ("groups:\n  - name: api\n    rules:\n" + API_DOWN
                                + "  - name: again\n    rules:\n" + API_DOWN).indent(2),
                        List.of("f.yaml:15:1 error[model/unique-names] alert 'ApiDown': " + UNIQUE)),
                Arguments.of("groups given twice: the last counts",
                        "groups:\n  - name: first\n    rules:\n      - record: a:b\n        expr: sum(rate(x[5m])\n"
                                + "groups:\n  - name: second\n    rules:\n      - record: job:up:sum\n"
                                + "        expr: sum by (job) (up\n",
                        List.of("f.yaml:10:31 error[promql/syntax] recording rule 'job:up:sum': unclosed left "
                                + "parenthesis")),
                Arguments.of("a YAML error in the second document: the first is still linted",
                        "groups:\n  - name: api\n    rules:\n      - record: job:up:sum\n        expr: sum by (job) (up\n"
                                + "---\ngroups:\n  - name: other\n    rules:\n      - record: job:up:sum\n"
                                + "        expr: [unclosed\n",
                        List.of("f.yaml:5:31 error[promql/syntax] recording rule 'job:up:sum': unclosed left parenthesis",
                                "f.yaml:12:1 error[lint/input] is not valid YAML: expected ',' or ']', but got <stream "
                                        + "end>")),
                Arguments.of("labels and annotations by alias", """
                        groups:
                          - name: api
                            rules:
                              - alert: ApiDown
                                expr: up{job="api"} == 0
                                labels: &labels
                                  severity: critical
                                annotations: &notes
                                  summary: "{{ $labels.instance }} is down"
                                  description: "The target {{ $labels.instance }} failed its scrape."
                              - alert: WebDown
                                expr: up{job="web"} == 0
                                labels: *labels
                                annotations: *notes
                              - alert: WebDown
                                expr: up{job="web"} == 0
                                labels: *labels
                                annotations: *notes
                        """,
                        List.of("f.yaml:11:1 error[model/unique-names] alert 'WebDown': " + UNIQUE + " (the rules at "
                                + "lines 11 and 15 have this name, group and labels)")),
                Arguments.of("an alias of a group, which the stream composes for it",
                        "groups:\n  - &api\n    name: api\n    rules: []\n  - *api\n",
                        List.of("f.yaml:2:5 error[lint/input] group 'api' is repeated in this file (first at line 2); "
                                + "Prometheus refuses the file")),
                Arguments.of("an alias of a list of rules, block scalars and all", """
                        groups:
                          - name: api
                            rules: &rules
                              - alert: ApiDown
                                expr: |
                                  up{job="api"}
                                    == 0)
                                for: 5 minutes
                                labels: {severity: critical}
                                annotations:
                                  summary: "{{ $labels.instance }} is down"
                                  description: "The api target {{ $labels.instance }} failed."
                          - name: web
                            rules: *rules
                        """,
                        List.of("f.yaml:4:1 error[model/unique-names] alert 'ApiDown': " + UNIQUE,
                                "f.yaml:7:17 error[promql/syntax] alert 'ApiDown': unexpected right parenthesis ')'",
                                "f.yaml:7:17 error[promql/syntax] alert 'ApiDown': unexpected right parenthesis ')'",
                                "f.yaml:8:14 error[model/duration] alert 'ApiDown': for '5 minutes' is not a duration; "
                                        + "write it like 30s, 5m or 1h30m",
                                "f.yaml:8:14 error[model/duration] alert 'ApiDown': for '5 minutes' is not a duration; "
                                        + "write it like 30s, 5m or 1h30m")),
                Arguments.of("an alias of nothing before it", "groups:\n  - name: api\n    rules: *none\n",
                        List.of("f.yaml:3:12 error[lint/input] is not valid YAML: found undefined alias none")),
                Arguments.of("a billion laughs as the list of rules", LAUGHS + "groups:\n  - name: g\n    rules: *a8\n",
                        List.of(TOO_MANY_ALIASED)),
                Arguments.of("a billion laughs as a label", LAUGHS + "groups:\n  - name: g\n    rules:\n"
                        + "      - alert: A\n        expr: up == 0\n        labels:\n          severity: *a8\n",
                        List.of(TOO_MANY_ALIASED)),
                Arguments.of("repeated groups join their first, in the order of the first lines",
                        "groups:\n" + Stream.of("c Alone", "d Up", "c Twice", "d Twice", "e Up").map(g -> g.split(" "))
                                .map(g -> "  - name: " + g[0] + "\n    rules:\n" + API_DOWN.replace("ApiDown", g[1]))
                                .reduce("", String::concat),
                        List.of("f.yaml:20:5 error[lint/input] group 'c' is repeated in this file (first at line 2); "
                                        + "Prometheus refuses the file",
                                "f.yaml:29:5 error[lint/input] group 'd' is repeated in this file (first at line 11); "
                                        + "Prometheus refuses the file",
                                "f.yaml:31:1 error[model/unique-names] alert 'Twice': " + UNIQUE,
                                "f.yaml:40:1 error[model/unique-names] alert 'Up': " + UNIQUE)),
                Arguments.of("a group whose rules are left empty, and one without rules", "groups:\n  - name: empty\n"
                        + "    rules:\n  - name: none\n  - name: api\n    rules:\n" + API_DOWN, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aFileReadAsAStreamGetsTheFindingsOfTheWholeTree(String name, String yaml, List<String> expected)
            throws IOException {
        Path file = Files.writeString(dir.resolve("f.yaml"), yaml);
        assertEquals(expected, lint(1, file));
        assertEquals(expected, lint(2, file));
    }

    static Stream<Arguments> paddings() {
        return IntStream.range(0, 24).mapToObj(i -> Arguments.of(i * 47, i % 2 == 0 ? "|" : ">-"));
    }

    /**
     * The reader takes the file in chunks of about a thousand characters, and forgets the lines before the rule it
     * reads: an expression that straddles a chunk, far into a long file, still points at its own line and column.
     */
    @ParameterizedTest(name = "padding {0}, {1}")
    @MethodSource("paddings")
    void aBlockScalarFarIntoALongFileKeepsItsPositions(int padding, String style) throws IOException {
        StringBuilder yaml = new StringBuilder("# " + "x".repeat(padding) + "\ngroups:\n");
        for (int group = 0; group < 200; group++) {
            yaml.append("  - name: g").append(group).append("\n    rules:\n      - record: job:up_").append(group)
                    .append(":sum\n        expr: sum by (job) (up{shard=\"").append(group).append("\"})\n");
        }
        yaml.append("  - name: latency\n    rules:\n      - record: job:latency_seconds:p90\n        expr: ")
                .append(style).append("\n          histogram_quantile(0.9,\n")
                .append(style.equals("|") ? "            " : "          ")
                .append("sum by (job) (rate(latency_seconds_bucket[5m])))\n");
        Path file = Files.writeString(dir.resolve("long.yml"), yaml);
        List<LintProblem> problems = new Lint(CheckRegistry.standard(), new NameCatalog()).run(List.of(file)).problems();
        assertEquals(1, problems.size(), problems::toString);
        LintProblem problem = problems.get(0);
        assertEquals("promql/histogram-quantile", problem.checkId());
        List<String> lines = yaml.toString().lines().toList();
        assertEquals(lines.size(), problem.line(), problem::format);
        assertTrue(lines.get(problem.line() - 1).substring(problem.column() - 1).startsWith("sum by (job)"),
                problem::format);
    }

    /** Only the names and labels of rules stay until the document ends: a duplicate hundreds of groups apart is one. */
    @Test
    void aDuplicateHundredsOfGroupsApartIsFound() throws IOException {
        StringBuilder yaml = new StringBuilder("groups:\n");
        for (int group = 0; group < 300; group++) {
            yaml.append("  - name: g").append(group).append("\n    rules:\n")
                    .append(API_DOWN.replace("ApiDown", group == 299 ? "Down0" : "Down" + group));
        }
        Path file = Files.writeString(dir.resolve("far.yml"), yaml);
        int line = yaml.toString().lines().toList().lastIndexOf("      - alert: Down0") + 1;
        assertEquals(List.of("far.yml:" + line + ":1 error[model/unique-names] alert 'Down0': " + UNIQUE),
                lint(2, file));
    }

    /** Groups are checked on two threads while the file is read; the findings are those of one thread, in order. */
    @Test
    void twoThreadsFindWhatOneFindsInTheSameOrder() throws IOException {
        StringBuilder yaml = new StringBuilder("groups:\n");
        for (int group = 0; group < 120; group++) {
            yaml.append("  - name: g").append(group).append("\n    interval: ").append(group % 7 == 0 ? "soon" : "1m")
                    .append("\n    rules:\n");
            for (int rule = 0; rule < 5; rule++) {
                String name = "Down" + (group * 5 + rule) % 333;
                yaml.append(API_DOWN.replace("ApiDown", rule == 2 ? name.toLowerCase() : name)
                        .replace("== 0", rule == 4 ? "== 0)" : "== 0"));
            }
        }
        Path file = Files.writeString(dir.resolve("many.yml"), yaml);
        List<String> one = lint(1, file);
        assertTrue(one.size() > 300, () -> one.size() + " findings");
        assertEquals(one, lint(2, file));
        assertEquals(one, lint(3, file));
    }
}
