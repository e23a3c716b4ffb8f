package dev.obsgen.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.cli.Obsgen;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule file too large for the heap ends in a finding that names the file and the heap, not in an OutOfMemoryError. */
class LintHeapTest {
    @TempDir
    Path dir;

    @Test
    void aFileTooLargeForTheHeapIsAFindingAndTheOtherFilesAreStillLinted() throws Exception {
        Path large = dir.resolve("large.yml");
        try (BufferedWriter out = Files.newBufferedWriter(large, StandardCharsets.UTF_8)) {
            out.write("groups:\n  - name: many\n    rules:\n");
            for (int i = 0; i < 60_000; i++) {
                out.write("      - alert: Alert" + i + "\n        expr: up{job=\"job-" + i + "\"} == 0\n"
                        + "        labels:\n          severity: warning\n        annotations:\n"
                        + "          summary: Target down.\n");
            }
        }
        Path small = Files.writeString(dir.resolve("small.yml"),
                "groups:\n  - name: few\n    rules:\n      - record: job:up:sum\n        expr: sum by (job) (up)\n");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx24m", "-cp", System.getProperty("java.class.path"), Obsgen.class.getName(), "lint",
                large.toString(), small.toString())
                .redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, process.exitValue(), printed);
        assertTrue(printed.contains(large + ":0:0: error[lint/input] does not fit in the heap (the file is "), printed);
        assertTrue(printed.contains("the heap is at most 24.0 MB; give the JVM more with -Xmx"), printed);
        assertTrue(printed.strip().endsWith("2 files, 1 rules, 1 errors, 0 warnings"), printed);
        assertFalse(printed.contains("OutOfMemoryError") || printed.contains("\tat "), printed);
    }
}
