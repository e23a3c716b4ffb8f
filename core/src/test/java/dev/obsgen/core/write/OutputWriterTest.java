package dev.obsgen.core.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

    // What the report counts as a person's edit, and which folders a removal takes with it: those it left empty,
    // inside the output folder, never the output folder, never a link or a folder reached through one.

    @Test
    void aStubNobodyEditedIsUnchangedNotAnEditKept() throws IOException {
        GeneratedFile stub = GeneratedFile.seed("runbooks/x.md", "stub\n");
        GeneratedFile other = GeneratedFile.seed("runbooks/y.md", "another stub\n");
        writer.write(set(stub, other), dir);
        WriteReport report = writer.write(set(stub, other), dir);
        assertEquals(List.of(), report.editedKept());
        assertTrue(report.unchanged().containsAll(List.of("runbooks/x.md", "runbooks/y.md")), report.unchanged().toString());
        assertTrue(report.summary().contains(" 0 edited files kept"), report.summary());
    }

    @Test
    void onlyTheEditedStubCountsAsAnEditKept() throws IOException {
        GeneratedFile stub = GeneratedFile.seed("runbooks/x.md", "stub\n");
        GeneratedFile other = GeneratedFile.seed("runbooks/y.md", "another stub\n");
        writer.write(set(stub, other), dir);
        Files.writeString(dir.resolve("runbooks/y.md"), "what to do, written by a person\n");
        WriteReport report = writer.write(set(stub, other), dir);
        assertEquals(List.of("runbooks/y.md"), report.editedKept());
        assertTrue(report.unchanged().contains("runbooks/x.md"), report.unchanged().toString());
        assertEquals("what to do, written by a person\n", Files.readString(dir.resolve("runbooks/y.md")));
        assertTrue(report.summary().contains(" 1 edited files kept"), report.summary());
    }

    @Test
    void removingTheLastFileOfAFolderRemovesTheFolderAndItsEmptyParents() throws IOException {
        writer.write(set(GeneratedFile.text("a/b/c.yml", "1\n"), GeneratedFile.text("x.yml", "2\n")), dir);
        WriteReport report = writer.write(set(GeneratedFile.text("x.yml", "2\n")), dir);
        assertEquals(List.of("a/b/c.yml"), report.removed());
        assertFalse(Files.exists(dir.resolve("a")), "a/b and a are empty and go");
        assertTrue(Files.isDirectory(dir));
    }

    @Test
    void aFolderThatStillHoldsAFileStays() throws IOException {
        writer.write(set(GeneratedFile.text("a/b/c.yml", "1\n"), GeneratedFile.text("a/d.yml", "2\n"),
                GeneratedFile.text("e/f.yml", "3\n")), dir);
        Files.writeString(dir.resolve("e/NOTES.md"), "a person's file\n");
        writer.write(set(GeneratedFile.text("a/d.yml", "2\n")), dir);
        assertFalse(Files.exists(dir.resolve("a/b")), "a/b is empty");
        assertTrue(Files.exists(dir.resolve("a/d.yml")), "a holds a generated file");
        assertTrue(Files.exists(dir.resolve("e/NOTES.md")), "e holds a person's file");
        assertFalse(Files.exists(dir.resolve("e/f.yml")));
    }

    @Test
    void theOutputFolderItselfStaysWhenItsFilesGo() throws IOException {
        Path output = dir.resolve("out");
        writer.write(set(GeneratedFile.text("only/file.yml", "1\n")), output);
        writer.write(set(), output);
        assertTrue(Files.isDirectory(output));
        assertFalse(Files.exists(output.resolve("only")));
    }

    @Test
    void aFolderThatIsALinkIsNotRemoved() throws IOException {
        Files.createDirectories(dir.resolve("real"));
        writer.write(set(GeneratedFile.text("real/f.yml", "1\n"), GeneratedFile.text("x.yml", "2\n")), dir);
        Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("real"));
        // The previous run wrote linked/f.yml (the manifest says so); this one writes neither.
        Files.writeString(dir.resolve(OutputSet.MANIFEST), "# header\nlinked/f.yml\nx.yml\n");
        writer.write(set(GeneratedFile.text("x.yml", "2\n"), GeneratedFile.text("real/g.yml", "3\n")), dir);
        assertTrue(Files.isSymbolicLink(dir.resolve("linked")), "the link stays");
        assertTrue(Files.isDirectory(dir.resolve("real")), "the folder it points to stays");
    }

    @Test
    void noFolderIsRemovedThroughALink() throws IOException {
        writer.write(set(GeneratedFile.text("real/sub/f.yml", "1\n"), GeneratedFile.text("real/g.yml", "2\n")), dir);
        Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("real"));
        Files.writeString(dir.resolve(OutputSet.MANIFEST), "# header\nlinked/sub/f.yml\nreal/g.yml\n");
        writer.write(set(GeneratedFile.text("real/g.yml", "2\n")), dir);
        assertFalse(Files.exists(dir.resolve("real/sub/f.yml")), "the listed file inside the output folder goes");
        assertTrue(Files.isDirectory(dir.resolve("real/sub"), LinkOption.NOFOLLOW_LINKS),
                "its folder, reached through the link, stays");
        assertTrue(Files.isSymbolicLink(dir.resolve("linked")));
    }
}
