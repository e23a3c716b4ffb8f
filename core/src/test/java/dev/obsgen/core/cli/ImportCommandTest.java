package dev.obsgen.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code obsgen import}: the class goes to the path its name gives under the source folder and nowhere else, an
 * existing file is kept unless {@code --force}, and the report lists the counts and every note.
 */
class ImportCommandTest {
    private static final String RULES = """
            groups:
              - name: shop
                interval: 1m
                rules:
                  - alert: QueueBacklog
                    expr: queue_depth{job="api"} > 100
                    for: 10m
                    labels:
                      severity: urgent
                    annotations:
                      summary: Queue backlog.
                      description: Queue {{ $labels.queue }} holds {{ $value }} items.
                      runbook_url: https://runbooks.example.com/queue-backlog
                  - record: job:http_requests:rate5m
                    expr: sum by (job) (rate(http_requests_total[5m]))
            """;

    @TempDir
    Path work;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Obsgen.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesTheClassUnderTheSourceFolderAndReports() throws IOException {
        Path rules = Files.writeString(work.resolve("rules.yml"), RULES);
        Files.writeString(work.resolve("board.json"), "{\"uid\": \"shop-board\", \"title\": \"Shop\", \"panels\": []}");
        Path src = work.resolve("src");
        Run run = run("import", "--class", "com.example.ShopObservability", "--output", src.toString(),
                rules.toString(), work.resolve("board.json").toString());
        assertEquals(0, run.status(), run.err());
        Path written = src.resolve("com/example/ShopObservability.java");
        String source = Files.readString(written);
        assertTrue(source.startsWith("package com.example;"), source);
        assertTrue(source.contains(".label(\"severity\", \"urgent\")"), source);
        assertTrue(source.contains(".suppress(\"alert/severity\", \"imported: severity 'urgent' is not one of"), source);
        assertTrue(run.out().contains("1 rule groups, 1 alerts, 1 recording rules"), run.out());
        assertTrue(source.contains("Dashboard shopBoard()") || source.contains("Dashboard.builder(\"shop-board\""), source);
        assertTrue(run.out().contains("1 dashboards"), run.out());
        assertTrue(run.out().contains("suppressed alert/severity"), run.out());
        try (Stream<Path> files = Files.walk(work)) {
            assertEquals(List.of(written), files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java")).toList(), "one file, under the source folder");
        }

        Files.writeString(written, "// edited by hand\n");
        Run again = run("import", "--class", "com.example.ShopObservability", "--output", src.toString(),
                rules.toString());
        assertEquals(1, again.status());
        assertTrue(again.err().contains("exists; give --force to overwrite it"), again.err());
        assertEquals("// edited by hand\n", Files.readString(written), "an existing class is kept");

        Run forced = run("import", "--force", "--class", "com.example.ShopObservability", "--output",
                src.toString(), rules.toString(), work.resolve("board.json").toString());
        assertEquals(0, forced.status(), forced.err());
        assertEquals(source, Files.readString(written), "the same input gives the same class, to the byte");
    }

    @Test
    void filesWithNoRulesWriteNothing() throws IOException {
        Path broken = Files.writeString(work.resolve("broken.yml"), "groups: [\n");
        Run run = run("import", "--class", "com.example.X", "--output", work.resolve("src").toString(),
                broken.toString());
        assertEquals(1, run.status(), run.err());
        assertTrue(run.out().contains("broken.yml: line 2: not imported: is not valid YAML"), run.out());
        assertTrue(run.err().contains("found no rule group or dashboard to import; nothing was written"), run.err());
        assertFalse(Files.exists(work.resolve("src")));
    }

    @Test
    void twoDifferentDashboardsUnderOneUidWriteNothing() throws IOException {
        Path one = Files.writeString(work.resolve("one.json"), "{\"uid\": \"shop\", \"title\": \"One\", \"panels\": []}");
        Path two = Files.writeString(work.resolve("two.json"), "{\"uid\": \"shop\", \"title\": \"Two\", \"panels\": []}");
        Run run = run("import", "--class", "com.example.X", "--output", work.resolve("src").toString(),
                one.toString(), two.toString());
        assertEquals(1, run.status(), run.err());
        assertEquals("obsgen: dashboard 'shop' is in " + one + " and in " + two + ", and they differ; import one of"
                + " the two; nothing was written\n", run.err().replace("\r\n", "\n"));
        assertFalse(Files.exists(work.resolve("src")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "import --output src rules.yml | --class, --output and at least one rule file or folder are required",
            "import --class com.example.X rules.yml | --class, --output and at least one rule file or folder are required",
            "import --class com.example.X --output src | --class, --output and at least one rule file or folder are required",
            "import --class ../../etc/X --output src rules.yml | is not a Java class name",
            "import --class com.example.class.X --output src rules.yml | is not a Java class name",
            "import --class com.example.X --output src missing.yml | missing.yml: no such file or folder",
            "import --class com.example.X --output src --catalog missing.json rules.yml | cannot read the catalog",
            "import --class com.example.X --output src --frobnicate rules.yml | unknown option --frobnicate",
            "import --class | missing value after --class"})
    void usageErrorsWriteNothing(String arguments, String message) throws IOException {
        Files.writeString(work.resolve("rules.yml"), RULES);
        String[] args = arguments.split(" ");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("src") || args[i].endsWith(".yml") || args[i].endsWith(".json")) {
                args[i] = work.resolve(args[i]).toString();
            }
        }
        Run run = run(args);
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains(message), run.err());
        assertFalse(Files.exists(work.resolve("src")), "nothing is written");
    }

    @Test
    void aPackageFolderThatLinksOutsideIsRefusedBeforeAnyFolderIsMadeThere() throws IOException {
        Path rules = Files.writeString(work.resolve("rules.yml"), RULES);
        Path outside = Files.createDirectories(work.resolve("outside"));
        Path victim = Files.writeString(outside.resolve("keep.txt"), "mine");
        Path src = Files.createDirectories(work.resolve("src"));
        Files.createSymbolicLink(src.resolve("com"), outside);
        Run run = run("import", "--force", "--class", "com.example.ShopObservability", "--output", src.toString(),
                rules.toString());
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains("outside the output folder; nothing was written"), run.err());
        assertFalse(Files.exists(outside.resolve("example")), "no folder is made through the link");
        assertEquals("mine", Files.readString(victim));
        try (Stream<Path> files = Files.walk(outside)) {
            assertEquals(List.of(victim), files.filter(Files::isRegularFile).toList());
        }
    }

    @Test
    void aClassFileThatIsALinkIsReplacedNotWrittenThrough() throws IOException {
        Path rules = Files.writeString(work.resolve("rules.yml"), RULES);
        Path victim = Files.writeString(work.resolve("victim.java"), "mine");
        Path folder = Files.createDirectories(work.resolve("src/com/example"));
        Files.createSymbolicLink(folder.resolve("ShopObservability.java"), victim);
        Run run = run("import", "--force", "--class", "com.example.ShopObservability", "--output",
                work.resolve("src").toString(), rules.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("mine", Files.readString(victim));
        assertFalse(Files.isSymbolicLink(folder.resolve("ShopObservability.java")));
        assertTrue(Files.readString(folder.resolve("ShopObservability.java")).startsWith("package com.example;"));
    }
}
