package dev.obsgen.core.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The writer as a hostile or careless user meets it: a sacrificial file outside the output folder must survive
 * every manifest, link and name thrown at it, and a set that cannot be written whole is not written at all.
 */
class OutputWriterSafetyTest {
    @TempDir
    Path sandbox;

    private Path output;
    private Path outside;
    private Path victim;
    private final OutputWriter writer = new OutputWriter();

    @BeforeEach
    void layOut() throws IOException {
        output = Files.createDirectories(sandbox.resolve("repo/generated"));
        outside = Files.createDirectories(sandbox.resolve("data"));
        victim = Files.writeString(outside.resolve("keep.txt"), "precious\n");
    }

    private static OutputSet set(GeneratedFile... files) {
        return OutputSet.of(List.of(files), "# header");
    }

    private void manifest(String... lines) throws IOException {
        Files.writeString(output.resolve(OutputSet.MANIFEST), "# header\n" + String.join("\n", lines) + "\n");
    }

    @ParameterizedTest(name = "manifest line \"{0}\"")
    @ValueSource(strings = {" ABS", "\tABS", "\u2003ABS", "ABS", "../data/keep.txt", "./../data/keep.txt",
            "a/../../data/keep.txt", "prometheus/../../data/keep.txt", "a//b", "a/./b", "ABS\r", " ", "..", "."})
    void aManifestLineThatIsNotAPlainRelativePathRemovesNothing(String line) throws IOException {
        String concrete = line.replace("ABS", victim.toString());
        manifest(concrete);
        WriteReport report = writer.write(set(GeneratedFile.text("a.yml", "x\n")), output);
        assertEquals("precious\n", Files.readString(victim));
        assertEquals(List.of(), report.removed());
        if (!concrete.isBlank()) {
            assertTrue(report.warnings().stream().anyMatch(w -> w.contains("ignored")), report.warnings()::toString);
        }
    }

    @Test
    void aFolderOfAnotherOwnerIsRefusedAndNothingListedInItsManifestIsRemoved() throws IOException {
        Files.writeString(output.resolve(OutputSet.MANIFEST), "# header\n# owner: platform 'shop'\n"
                + victim + "\nmine.txt\n");
        Files.writeString(output.resolve("mine.txt"), "the platform's\n");
        assertThrows(OutputException.class, () -> writer.write(OutputSet.of(
                List.of(GeneratedFile.text("team.txt", "x\n")), "# header", "team 'checkout'"), output));
        assertEquals("precious\n", Files.readString(victim));
        assertEquals("the platform's\n", Files.readString(output.resolve("mine.txt")));
        assertFalse(Files.exists(output.resolve("team.txt")));
    }

    @Test
    void aManifestLineBehindASymbolicLinkRemovesNothing() throws IOException {
        Files.createSymbolicLink(output.resolve("sub"), outside);
        manifest("sub/keep.txt");
        WriteReport report = writer.write(set(GeneratedFile.text("a.yml", "x\n")), output);
        assertEquals("precious\n", Files.readString(victim));
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("sub/keep.txt") && w.contains("leads out")),
                report.warnings()::toString);
    }

    /**
     * The removal of emptied folders never reaches outside: an empty folder outside, reached through a folder link,
     * stays with the link, and so does the folder the output folder stands in, when a run removes every file.
     */
    @Test
    void emptiedFolderRemovalStaysInsideTheOutputFolder() throws IOException {
        Path empty = Files.createDirectories(outside.resolve("empty/deeper"));
        Files.createSymbolicLink(output.resolve("sub"), outside);
        writer.write(set(GeneratedFile.text("gone/a.yml", "x\n")), output);
        manifest("gone/a.yml", "sub/empty/deeper/b.yml", "sub/keep.txt");
        WriteReport report = writer.write(set(), output);
        assertEquals(List.of("gone/a.yml"), report.removed());
        assertFalse(Files.exists(output.resolve("gone")), "the emptied folder inside goes");
        assertTrue(Files.isDirectory(empty), "the empty folder outside stays");
        assertEquals("precious\n", Files.readString(victim));
        assertTrue(Files.isSymbolicLink(output.resolve("sub")));
        assertTrue(Files.isDirectory(output) && Files.isDirectory(output.getParent()));
    }

    @Test
    void aListedSymbolicLinkIsLeftAndItsTargetSurvives() throws IOException {
        Files.createSymbolicLink(output.resolve("link.txt"), victim);
        manifest("link.txt");
        WriteReport report = writer.write(set(GeneratedFile.text("a.yml", "x\n")), output);
        assertTrue(Files.isSymbolicLink(output.resolve("link.txt")));
        assertEquals("precious\n", Files.readString(victim));
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("symbolic link")), report.warnings()::toString);
    }

    @Test
    void aManifestLineNamingAFolderLeavesItWithAWarning() throws IOException {
        Files.createDirectories(output.resolve("prometheus/rules"));
        Files.writeString(output.resolve("prometheus/rules/a.yml"), "x\n");
        manifest("prometheus");
        WriteReport report = writer.write(set(GeneratedFile.text("b.yml", "x\n")), output);
        assertTrue(Files.exists(output.resolve("prometheus/rules/a.yml")));
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("folder")), report.warnings()::toString);
    }

    @Test
    void aManifestThatIsNotTextOrIsALinkRemovesNothing() throws IOException {
        Files.writeString(output.resolve("old.yml"), "1\n");
        Files.write(output.resolve(OutputSet.MANIFEST), new byte[] {'o', 'l', 'd', '.', 'y', 'm', 'l', '\n', (byte) 0xff});
        WriteReport report = writer.write(set(GeneratedFile.text("a.yml", "x\n")), output);
        assertTrue(Files.exists(output.resolve("old.yml")));
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("not UTF-8")), report.warnings()::toString);

        Path foreign = Files.writeString(outside.resolve("list.txt"), "keep.txt\n");
        Files.delete(output.resolve(OutputSet.MANIFEST));
        Files.createSymbolicLink(output.resolve(OutputSet.MANIFEST), foreign);
        WriteReport second = writer.write(set(GeneratedFile.text("a.yml", "x\n")), output);
        assertTrue(second.warnings().stream().anyMatch(w -> w.contains("not a regular file")), second.warnings()::toString);
        assertEquals("keep.txt\n", Files.readString(foreign), "the link is replaced, never written through");
        assertFalse(Files.isSymbolicLink(output.resolve(OutputSet.MANIFEST)));
    }

    @Test
    void aGeneratedPathWithAControlCharacterCannotBeMade() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GeneratedFile.text("prometheus/rules/g\n /data/keep.txt.yml", "x").from("rule group 'g'"));
        assertTrue(e.getMessage().contains("\\u000A"), e.getMessage());
    }

    @Test
    void writesNothingWhenOnePathCannotBeCreated() throws IOException {
        Files.writeString(output.resolve("prometheus"), "a file where a folder must be\n");
        OutputException e = assertThrows(OutputException.class, () -> writer.write(set(
                GeneratedFile.text("alertmanager/alertmanager.yml", "x\n"),
                GeneratedFile.text("prometheus/rules/g.yml", "x\n").from("rule group 'g'")), output));
        assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
        assertTrue(e.getMessage().contains("prometheus is a file, not a folder"), e.getMessage());
        assertTrue(e.getMessage().contains("rule group 'g'"), e.getMessage());
        assertEquals(Set.of("prometheus"), names(output));
    }

    @Test
    void writesNothingWhenAFolderIsWhereAFileMustGo() throws IOException {
        Files.createDirectories(output.resolve("docs/catalog.md"));
        OutputException e = assertThrows(OutputException.class, () -> writer.write(set(
                GeneratedFile.text("a.yml", "x\n"), GeneratedFile.text("docs/catalog.md", "x\n")), output));
        assertTrue(e.getMessage().contains("docs/catalog.md is a folder, not a file"), e.getMessage());
        assertEquals(Set.of("docs"), names(output));
    }

    @Test
    void neverWritesThroughAFolderLinkThatLeadsOutside() throws IOException {
        Files.createSymbolicLink(output.resolve("grafana"), outside);
        OutputException e = assertThrows(OutputException.class, () -> writer.write(set(
                GeneratedFile.text("grafana/keep.txt", "overwritten\n")), output));
        assertTrue(e.getMessage().contains("outside the output folder"), e.getMessage());
        assertEquals("precious\n", Files.readString(victim));
    }

    @Test
    void followsAFolderLinkThatStaysInside() throws IOException {
        Files.createDirectories(output.resolve("real"));
        Files.createSymbolicLink(output.resolve("alias"), output.resolve("real"));
        writer.write(set(GeneratedFile.text("alias/a.yml", "x\n")), output);
        assertEquals("x\n", Files.readString(output.resolve("real/a.yml")));
    }

    @Test
    void replacesAFileLinkInsteadOfWritingThroughIt() throws IOException {
        Files.createSymbolicLink(output.resolve("a.yml"), victim);
        writer.write(set(GeneratedFile.text("a.yml", "generated\n")), output);
        assertFalse(Files.isSymbolicLink(output.resolve("a.yml")));
        assertEquals("generated\n", Files.readString(output.resolve("a.yml")));
        assertEquals("precious\n", Files.readString(victim));
    }

    @Test
    void refusesPathsThatDifferOnlyInCase() throws IOException {
        OutputException e = assertThrows(OutputException.class, () -> writer.write(set(
                GeneratedFile.text("rules/shop.yml", "x\n"), GeneratedFile.text("rules/Shop.yml", "y\n")), output));
        assertTrue(e.getMessage().contains("only in case"), e.getMessage());
        assertEquals(Set.of(), names(output));
    }

    @Test
    void anOutputFolderThatIsAFileOrADanglingLinkIsOneClearLine() throws IOException {
        Path file = Files.writeString(sandbox.resolve("plain.txt"), "x\n");
        OutputException e = assertThrows(OutputException.class, () -> writer.write(set(), file));
        assertEquals("the output folder " + file + " is a file, not a folder; nothing was written", e.getMessage());
        Path dangling = Files.createSymbolicLink(sandbox.resolve("dangling"), sandbox.resolve("nowhere"));
        OutputException d = assertThrows(OutputException.class, () -> writer.write(set(), dangling));
        assertTrue(d.getMessage().contains("dangling symbolic link; nothing was written"), d.getMessage());
    }

    @Test
    void filesGetTheUmaskModeNotOwnerOnly() throws IOException {
        Path probe = Files.createFile(sandbox.resolve("probe"));
        Set<PosixFilePermission> umaskMode = Files.getPosixFilePermissions(probe);
        writer.write(set(GeneratedFile.text("a.yml", "1\n")), output);
        writer.write(set(GeneratedFile.text("a.yml", "2\n")), output);
        assertEquals(umaskMode, Files.getPosixFilePermissions(output.resolve("a.yml")));
        assertEquals(umaskMode, Files.getPosixFilePermissions(output.resolve(OutputSet.MANIFEST)));
        assertTrue(umaskMode.contains(PosixFilePermission.OTHERS_READ) || umaskMode.size() <= 2,
                "with the usual umask a server running as another user can read the files");
    }

    @Test
    void removesEmptiedFoldersButNotOtherFiles() throws IOException {
        writer.write(set(GeneratedFile.text("grafana/dashboards/Old/a.json", "{}\n"),
                GeneratedFile.text("grafana/dashboards/Kept/b.json", "{}\n")), output);
        writer.write(set(GeneratedFile.text("grafana/dashboards/Kept/b.json", "{}\n")), output);
        assertFalse(Files.exists(output.resolve("grafana/dashboards/Old")));
        assertTrue(Files.exists(output.resolve("grafana/dashboards/Kept/b.json")));
    }

    @Test
    void theLockFileIsGoneAfterAWrite() throws IOException {
        writer.write(set(GeneratedFile.text("a.yml", "x\n")), output);
        assertFalse(Files.exists(output.resolve(OutputLock.FILE), LinkOption.NOFOLLOW_LINKS));
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
    }

    static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
