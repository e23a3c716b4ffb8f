package dev.obsgen.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.cli.Obsgen;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lint's memory follows one group, not the file: a file of 40,000 alerts (13 MB) lints in a JVM of 96 MB of heap,
 * where the file's YAML tree alone did not fit (it ended in "does not fit in the heap"). The one check that pairs
 * rules across groups still sees the first alert and the last, 400 groups apart.
 */
class LintMemoryTest {
    @TempDir
    Path dir;

    @Test
    void fortyThousandAlertsLintInNinetySixMegabytesOfHeap() throws Exception {
        Path file = dir.resolve("large.yml");
        int lastRule = 0;
        int line = 1;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("groups:\n");
            for (int group = 0; group < 400; group++) {
                out.write("  - name: group-" + group + "\n    interval: 30s\n    rules:\n");
                line += 3;
                for (int rule = 0; rule < 100; rule++) {
                    int n = group * 100 + rule;
                    // The last alert repeats the first: one model/unique-names error, at its line.
                    String name = n == 39_999 ? "TargetDown0" : "TargetDown" + n;
                    lastRule = line + 1;
                    out.write("      - alert: " + name + "\n        expr: |\n          up{job=\"job-" + n + "\"}\n"
                            + "            == 0\n        for: 5m\n        labels:\n          severity: warning\n"
                            + "        annotations:\n          summary: '{{ $labels.instance }} is down'\n"
                            + "          description: 'The target {{ $labels.instance }} of job-" + n
                            + " failed its scrape.'\n");
                    line += 10;
                }
            }
        }
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-cp", System.getProperty("java.class.path"), Obsgen.class.getName(), "lint",
                file.toString())
                .redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(300, TimeUnit.SECONDS));
        List<String> lines = printed.lines().toList();
        assertEquals(3, lines.size(), printed.length() > 2000 ? printed.substring(0, 2000) : printed);
        assertEquals(file + ":" + lastRule + ":1: error[model/unique-names] alert 'TargetDown0': is declared more than "
                + "once with the same labels; rules of one name must differ in their labels or severity", lines.get(0));
        assertEquals("1 files, 40000 rules, 1 errors, 0 warnings", lines.get(2));
        assertEquals(1, process.exitValue());
    }
}
