package dev.obsgen.core.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the write report counts as a person's edit, and which folders a removal takes with it: those it left empty,
 * inside the output folder, never the output folder, never a link or a folder reached through one.
 */
class OutputWriterReportTest {
    @TempDir
    Path dir;

    private final OutputWriter writer = new OutputWriter();

    private static OutputSet set(GeneratedFile... files) {
        return OutputSet.of(List.of(files), "# header");
    }

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
