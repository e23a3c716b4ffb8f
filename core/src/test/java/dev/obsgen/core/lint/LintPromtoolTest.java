package dev.obsgen.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.Promtool;
import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.promql.NameCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shapes of rule groups lint accepts or refuses, each passed through {@code promtool check rules} too: a group
 * whose {@code rules:} is empty, null or missing is one of 0 rules to both; a group name repeated in one file is
 * refused by both, at the same line and column.
 */
class LintPromtoolTest {
    @TempDir
    Path dir;

    static Stream<Arguments> groups() {
        return Stream.of(
                Arguments.of("an empty list", "groups:\n  - name: a\n    rules: []\n", null),
                Arguments.of("rules: left null", "groups:\n  - name: a\n    rules:\n", null),
                Arguments.of("no rules key", "groups:\n  - name: a\n", null),
                Arguments.of("no groups at all", "groups: []\n", null),
                Arguments.of("a group repeated in the file",
                        "groups:\n  - name: a\n    rules: []\n  - name: b\n    rules: []\n  - name: a\n    rules: []\n",
                        "6:5"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void lintAgreesWithPromtool(String name, String yaml, String refusedAt) throws Exception {
        Path file = Files.writeString(dir.resolve("rules.yml"), yaml);
        Promtool.Result promtool = Promtool.require().run(dir, "check", "rules", "rules.yml");
        LintReport report = new Lint(CheckRegistry.standard(), new NameCatalog()).run(List.of(file));
        if (refusedAt == null) {
            assertEquals(0, promtool.status(), promtool.output());
            assertTrue(promtool.output().contains("SUCCESS: 0 rules found"), promtool.output());
            assertEquals("1 files, 0 rules, 0 errors, 0 warnings", report.summary(), report.problems()::toString);
        } else {
            assertEquals(1, promtool.status(), promtool.output());
            assertTrue(promtool.output().contains("rules.yml: " + refusedAt + ": groupname: \"a\" is repeated in the "
                    + "same file"), promtool.output());
            assertEquals(List.of(file + ":" + refusedAt + ": error[lint/input] group 'a' is repeated in this file "
                    + "(first at line 2); Prometheus refuses the file"),
                    report.problems().stream().map(LintProblem::format).toList());
        }
    }
}
