package dev.obsgen.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.obsgen.core.render.grafana.SampleDashboards;
import dev.obsgen.model.Observability;
import dev.obsgen.model.ObservabilityDefinition;
import dev.obsgen.model.dashboard.Dashboard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every failure of the command line is one line that says what failed, why, and what was written; a stack trace
 * only with {@code --debug}.
 */
class CliFailureTest {
    public static final class Sample implements ObservabilityDefinition {
        @Override
        public Observability define() {
            return SampleDashboards.model();
        }
    }

    /** A model whose dashboard folder is not ASCII: fine with a UTF-8 locale, not a file name under LANG=C. */
    public static final class UnicodeFolder implements ObservabilityDefinition {
        @Override
        public Observability define() {
            Observability m = SampleDashboards.model();
            Dashboard d = m.dashboards().get(0);
            return m.toBuilder().dashboards(List.of(new Dashboard(d.uid(), d.title(), d.description(), d.tags(), "Überwachung",
                    d.time(), d.refresh(), d.timezone(), d.graphTooltip(), d.editable(), d.links(), d.variables(),
                    d.annotations(), d.panels(), d.rows()))).build();
        }
    }

    @TempDir
    Path sandbox;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Obsgen.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anOutputThatIsAFileIsOneLineNamingItOnce() throws IOException {
        Path file = Files.writeString(sandbox.resolve("generated"), "a file\n");
        assertEquals(1, run("generate", "--model", Sample.class.getName(), "--output", file.toString()));
        assertEquals("obsgen: the output folder " + file + " is a file, not a folder; nothing was written\n", errors());
    }

    @Test
    void aDanglingLinkAsOutputIsOneLine() throws IOException {
        Path link = Files.createSymbolicLink(sandbox.resolve("generated"), sandbox.resolve("gone"));
        assertEquals(1, run("generate", "--model", Sample.class.getName(), "--output", link.toString()));
        assertEquals("obsgen: the output folder " + link + " is a dangling symbolic link; nothing was written\n",
                errors());
    }

    @Test
    void debugAddsTheStackTrace() throws IOException {
        Path file = Files.writeString(sandbox.resolve("generated"), "a file\n");
        assertEquals(1, run("generate", "--debug", "--model", Sample.class.getName(), "--output", file.toString()));
        assertTrue(errors().startsWith("obsgen: the output folder"), errors());
        assertTrue(errors().contains("\tat dev.obsgen.core.write."), errors());
    }

    @Test
    void aReadOnlyOutputFolderSaysPermissionDeniedAndThatNothingWasWritten() throws Exception {
        Path output = Files.createDirectories(sandbox.resolve("generated"));
        readOnly(output, () -> {
            assertEquals(1, run("generate", "--model", Sample.class.getName(), "--output", output.toString()));
            assertEquals("obsgen: cannot take the lock .obsgen.lock in " + output.toRealPath()
                    + ": permission denied; nothing was written\n", errors());
        });
        try (Stream<Path> files = Files.list(output)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aReadOnlySubfolderIsFoundBeforeAnythingIsWritten() throws Exception {
        Path output = sandbox.resolve("generated");
        assertEquals(0, run("generate", "--model", Sample.class.getName(), "--output", output.toString()));
        Path rules = output.resolve("prometheus/rules");
        Path manifest = output.resolve("obsgen-manifest.txt");
        String before = Files.readString(manifest);
        Files.delete(output.resolve("alertmanager/alertmanager.yml"));
        try (Stream<Path> files = Files.list(rules)) {
            Files.writeString(files.findFirst().orElseThrow(), "edited by hand\n");
        }
        err.reset();
        readOnly(rules, () -> {
            assertEquals(1, run("generate", "--model", Sample.class.getName(), "--output", output.toString()));
            String message = errors();
            assertTrue(message.startsWith("obsgen: cannot write into " + output.toRealPath() + "; nothing was written:"),
                    message);
            assertTrue(message.contains("prometheus/rules: permission denied"), message);
            assertFalse(message.contains("\tat "), message);
        });
        assertFalse(Files.exists(output.resolve("alertmanager/alertmanager.yml")), "nothing was written");
        assertEquals(before, Files.readString(manifest));
    }

    @Test
    void aFullDiskSaysSoAndWritesNothing() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")),
                "needs root to mount a small file system in a private mount namespace");
        Path output = Files.createDirectories(sandbox.resolve("small"));
        // unshare -m gives the child its own mount table: the 48 KB tmpfs vanishes with it, whatever happens.
        String script = "mount -t tmpfs -o size=48k tmpfs \"$1\" || exit 97; shift; exec \"$@\"";
        ProcessBuilder builder = new ProcessBuilder("unshare", "-m", "sh", "-c", script, "sh", output.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Obsgen.class.getName(), "generate",
                "--model", Sample.class.getName(), "--output", output.toString());
        builder.redirectErrorStream(true);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            assumeTrue(false, "unshare is not installed: " + e.getMessage());
            return;
        }
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assumeTrue(process.exitValue() != 97, "cannot mount a tmpfs here: " + printed);
        assertEquals(1, process.exitValue(), printed);
        List<String> lines = printed.lines().filter(l -> l.startsWith("obsgen:")).toList();
        assertEquals(1, lines.size(), printed);
        // The disk fills while files are staged, before any is put in place.
        assertTrue(lines.get(0).contains(": no space left on device; nothing was written"), printed);
        assertFalse(printed.contains("\tat "), printed);
    }

    interface Body {
        void run() throws Exception;
    }

    /** Makes a folder read-only for this process: permission bits, or for root the immutable attribute. */
    private static void readOnly(Path folder, Body body) throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            Process chattr = new ProcessBuilder("chattr", "+i", folder.toString()).redirectErrorStream(true).start();
            assumeTrue(chattr.waitFor(10, TimeUnit.SECONDS) && chattr.exitValue() == 0,
                    "running as root and chattr +i is not available here, so no folder is read-only to root");
        } else {
            assumeTrue(folder.toFile().setWritable(false, false), "cannot make " + folder + " read-only");
        }
        try {
            body.run();
        } finally {
            if (root) {
                new ProcessBuilder("chattr", "-i", folder.toString()).start().waitFor(10, TimeUnit.SECONDS);
            } else {
                folder.toFile().setWritable(true, false);
            }
        }
    }

    @Test
    void aNameTheFileSystemEncodingCannotHoldWritesNothing() throws Exception {
        Path output = sandbox.resolve("generated");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Obsgen.class.getName(), "generate",
                "--model", UnicodeFolder.class.getName(), "--output", output.toString());
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, process.exitValue(), printed);
        assertTrue(printed.contains("nothing was written") && printed.contains("LANG=C.UTF-8")
                && printed.contains("dashboard 'shop-overview'"), printed);
        assertFalse(printed.contains("\tat "), printed);
        try (Stream<Path> files = Files.list(output)) {
            assertEquals(0, files.count(), "not even the manifest");
        }
    }
}
