package dev.obsgen.core.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
    @TempDir
    Path dir;

    private final OutputWriter writer = new OutputWriter();

    private static OutputSet set(GeneratedFile... files) {
        return OutputSet.of(List.of(files), "# header");
    }

    @Test
    void writesFilesAndAManifestAndLeavesNoTemporaryFiles() throws IOException {
        WriteReport report = writer.write(set(GeneratedFile.text("a/b.yml", "x: 1\n")), dir);
        assertEquals(List.of("a/b.yml", OutputSet.MANIFEST), report.written());
        assertEquals("x: 1\n", Files.readString(dir.resolve("a/b.yml")));
        assertEquals("# header\na/b.yml\n", Files.readString(dir.resolve(OutputSet.MANIFEST)));
        try (Stream<Path> all = Files.walk(dir)) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void leavesUnchangedFilesUntouched() throws IOException {
        writer.write(set(GeneratedFile.text("a.yml", "same\n")), dir);
        FileTime old = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(dir.resolve("a.yml"), old);
        WriteReport second = writer.write(set(GeneratedFile.text("a.yml", "same\n")), dir);
        assertEquals(List.of("a.yml", OutputSet.MANIFEST), second.unchanged());
        assertEquals(old, Files.getLastModifiedTime(dir.resolve("a.yml")));
    }

    @Test
    void neverOverwritesASeedThatExists() throws IOException {
        writer.write(set(GeneratedFile.seed("runbooks/x.md", "stub\n")), dir);
        Files.writeString(dir.resolve("runbooks/x.md"), "edited by a person\n");
        WriteReport report = writer.write(set(GeneratedFile.seed("runbooks/x.md", "stub\n")), dir);
        assertEquals(List.of("runbooks/x.md"), report.editedKept());
        assertEquals("edited by a person\n", Files.readString(dir.resolve("runbooks/x.md")));
    }

    @Test
    void removesFilesTheModelNoLongerProducesButNotOtherFiles() throws IOException {
        writer.write(set(GeneratedFile.text("old.yml", "1\n"), GeneratedFile.text("kept.yml", "2\n")), dir);
        Files.writeString(dir.resolve("NOTES.md"), "a person's file\n");
        WriteReport report = writer.write(set(GeneratedFile.text("kept.yml", "2\n")), dir);
        assertEquals(List.of("old.yml"), report.removed());
        assertFalse(Files.exists(dir.resolve("old.yml")));
        assertTrue(Files.exists(dir.resolve("NOTES.md")));
    }

    @Test
    void driftCheckReportsChangedAndMissingFilesWithADiffAndIgnoresSeedContent() throws IOException {
        writer.write(set(GeneratedFile.text("a.yml", "one\ntwo\nthree\n"), GeneratedFile.seed("r.md", "stub\n")), dir);
        Files.writeString(dir.resolve("r.md"), "edited\n");
        DriftCheck check = new DriftCheck();
        assertTrue(check.compare(set(GeneratedFile.text("a.yml", "one\ntwo\nthree\n"),
                GeneratedFile.seed("r.md", "stub\n")), dir).inSync());

        DriftReport drift = check.compare(set(GeneratedFile.text("a.yml", "one\n2\nthree\n"),
                GeneratedFile.text("b.yml", "new\n"), GeneratedFile.seed("r.md", "stub\n")), dir);
        assertFalse(drift.inSync());
        String text = drift.format("mvn install");
        assertTrue(text.contains("a.yml: differs"), text);
        assertTrue(text.contains("b.yml: missing"), text);
        assertTrue(text.contains("@@ -1,3 +1,3 @@\n one\n-two\n+2\n three\n"), text);
        assertTrue(text.contains("Regenerate and commit the result: mvn install"), text);
        assertFalse(text.contains("r.md"), text);
    }

    @Test
    void refusesPathsThatLeaveTheOutputDirectory() {
        for (String path : List.of("/etc/passwd", "../x", "a/../../b", "a\\b")) {
            try {
                GeneratedFile.text(path, "");
                throw new AssertionError("accepted " + path);
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage().contains(path));
            }
        }
    }
}
