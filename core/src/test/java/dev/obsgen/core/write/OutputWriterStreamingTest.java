package dev.obsgen.core.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer takes files as they are rendered and stages them in {@code .obsgen-staging} until the whole output is
 * known to be writable: a failure halfway writes nothing, whatever order the files come in the result is the same,
 * and memory holds one file, not the tree.
 */
class OutputWriterStreamingTest {
    @TempDir
    Path sandbox;

    private Path output() throws IOException {
        return Files.createDirectories(sandbox.resolve("generated"));
    }

    private static OutputSource source(List<GeneratedFile> files, RuntimeException failureAfter) {
        return new OutputSource() {
            @Override
            public String header() {
                return "# header";
            }

            @Override
            public String owner() {
                return "";
            }

            @Override
            public void emit(Consumer<GeneratedFile> consumer) {
                files.forEach(consumer);
                if (failureAfter != null) {
                    throw failureAfter;
                }
            }
        };
    }

    @Test
    void aRendererFailureHalfwayWritesNothingAndLeavesNoStagedFile() throws IOException {
        Path output = output();
        new OutputWriter().write(source(List.of(GeneratedFile.text("a.yml", "old\n")), null), output);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new OutputWriter().write(source(
                List.of(GeneratedFile.text("a.yml", "new\n"), GeneratedFile.text("rules/b.yml", "b\n")),
                new IllegalStateException("renderer broke")), output));
        assertEquals("renderer broke", e.getMessage());
        assertEquals("old\n", Files.readString(output.resolve("a.yml")));
        assertEquals(Set.of("a.yml", OutputSet.MANIFEST), tree(output));
    }

    @Test
    void filesInAnyOrderGiveTheSameTreeReportAndManifest() throws IOException {
        List<GeneratedFile> files = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            files.add(GeneratedFile.text("d" + (i % 4) + "/f" + i + ".yml", "file " + i + "\n"));
        }
        files.add(GeneratedFile.seed("runbooks/r.md", "stub\n"));
        Path inOrder = Files.createDirectories(sandbox.resolve("in-order"));
        Path reversed = Files.createDirectories(sandbox.resolve("reversed"));
        WriteReport first = new OutputWriter().write(OutputSet.of(files, "# header"), inOrder);
        List<GeneratedFile> backwards = new ArrayList<>(files);
        java.util.Collections.reverse(backwards);
        WriteReport second = new OutputWriter().write(source(backwards, null), reversed);
        assertEquals(first, second);
        assertEquals(contents(inOrder), contents(reversed));
        assertEquals(Files.readString(inOrder.resolve(OutputSet.MANIFEST)),
                Files.readString(reversed.resolve(OutputSet.MANIFEST)));
    }

    @Test
    void theStagingFolderAKilledRunLeftIsRemoved() throws IOException {
        Path output = output();
        Files.createDirectories(output.resolve(StagingFolder.NAME));
        Files.writeString(output.resolve(StagingFolder.NAME + "/0"), "half a file");
        Files.writeString(output.resolve(StagingFolder.NAME + "/17"), "another");
        new OutputWriter().write(source(List.of(GeneratedFile.text("a.yml", "x\n")), null), output);
        assertEquals(Set.of("a.yml", OutputSet.MANIFEST), tree(output));
    }

    @Test
    void aStagingFolderThatIsALinkOrHoldsAForeignFileIsRefusedAndNothingIsRemovedThroughIt() throws IOException {
        Path output = output();
        Path outside = Files.createDirectories(sandbox.resolve("data"));
        Path victim = Files.writeString(outside.resolve("0"), "precious\n");
        Files.createSymbolicLink(output.resolve(StagingFolder.NAME), outside);
        OutputException link = assertThrows(OutputException.class, () -> new OutputWriter()
                .write(source(List.of(GeneratedFile.text("a.yml", "x\n")), null), output));
        assertTrue(link.getMessage().contains("nothing was written"), link.getMessage());
        assertEquals("precious\n", Files.readString(victim));
        assertTrue(Files.isSymbolicLink(output.resolve(StagingFolder.NAME)));

        Files.delete(output.resolve(StagingFolder.NAME));
        Path notes = Files.writeString(Files.createDirectories(output.resolve(StagingFolder.NAME)).resolve("notes.txt"),
                "a person's file\n");
        OutputException foreign = assertThrows(OutputException.class, () -> new OutputWriter()
                .write(source(List.of(GeneratedFile.text("a.yml", "x\n")), null), output));
        assertTrue(foreign.getMessage().contains("notes.txt"), foreign.getMessage());
        assertEquals("a person's file\n", Files.readString(notes));
        assertTrue(!Files.exists(output.resolve("a.yml")));
    }

    @Test
    void noRendererMayProduceTheStagingFolder() throws IOException {
        Path output = output();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new OutputWriter().write(source(
                List.of(GeneratedFile.text(StagingFolder.NAME + "/0", "x\n")), null), output));
        assertTrue(e.getMessage().contains("obsgen's own"), e.getMessage());
        assertEquals(Set.of(), tree(output));
    }

    @Test
    void twoFilesWithOnePathNameBothProducersWhicheverCameFirst() throws IOException {
        Path output = output();
        GeneratedFile a = GeneratedFile.text("x.yml", "a\n").from("rule group 'a'");
        GeneratedFile b = GeneratedFile.text("x.yml", "b\n").from("rule group 'b'");
        String one = assertThrows(IllegalStateException.class,
                () -> new OutputWriter().write(source(List.of(a, b), null), output)).getMessage();
        String other = assertThrows(IllegalStateException.class,
                () -> new OutputWriter().write(source(List.of(b, a), null), output)).getMessage();
        assertEquals(one, other);
        assertEquals(Set.of(), tree(output));
    }

    @Test
    void aRefusalSaysTheSameWhateverOrderTheFilesCameIn() throws IOException {
        Path output = output();
        Files.writeString(output.resolve("prometheus"), "a file where a folder must be\n");
        List<GeneratedFile> files = List.of(GeneratedFile.text("c/z.yml", "1\n"), GeneratedFile.text("c/Z.yml", "2\n"),
                GeneratedFile.text("prometheus/a.yml", "3\n"), GeneratedFile.text("prometheus/b.yml", "4\n"));
        List<GeneratedFile> backwards = new ArrayList<>(files);
        java.util.Collections.reverse(backwards);
        String one = assertThrows(OutputException.class,
                () -> new OutputWriter().write(source(files, null), output)).getMessage();
        String other = assertThrows(OutputException.class,
                () -> new OutputWriter().write(source(backwards, null), output)).getMessage();
        assertEquals(one, other);
        assertTrue(one.contains("c/Z.yml: differs from c/z.yml only in case"), one);
        assertEquals(Set.of("prometheus"), tree(output));
    }

    @Test
    void aFileStagedElsewhereTakesTheGroupOfASetGroupIdFolderAsIfMadeThere() throws IOException {
        Path output = output();
        Path grafana = Files.createDirectories(output.resolve("grafana"));
        java.nio.file.attribute.GroupPrincipal daemon;
        try {
            daemon = output.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName("daemon");
            Files.setAttribute(grafana, "posix:group", daemon);
            Files.setAttribute(grafana, "unix:mode", 02775);
        } catch (IOException | UnsupportedOperationException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "cannot give a folder the group daemon here: " + e);
            return;
        }
        java.nio.file.attribute.GroupPrincipal own = Files.readAttributes(output,
                java.nio.file.attribute.PosixFileAttributes.class).group();
        org.junit.jupiter.api.Assumptions.assumeTrue(!own.equals(daemon), "the process's group is daemon already");
        new OutputWriter().write(source(List.of(GeneratedFile.text("grafana/d.json", "{}\n"),
                GeneratedFile.text("a.yml", "x\n")), null), output);
        assertEquals(daemon, Files.readAttributes(grafana.resolve("d.json"),
                java.nio.file.attribute.PosixFileAttributes.class).group());
        assertEquals(own, Files.readAttributes(output.resolve("a.yml"),
                java.nio.file.attribute.PosixFileAttributes.class).group());
    }

    /**
     * 256 files of 1 MiB each through a 48 MiB heap: written as they come they fit; held all at once (the control),
     * they do not. So the writer holds one file, not the tree.
     */
    @Test
    void memoryHoldsOneFileNotTheTree() throws Exception {
        Path streamed = Files.createDirectories(sandbox.resolve("streamed"));
        Child stream = child(streamed, "stream");
        assertEquals(0, stream.exit(), "streaming 256 MiB through a 48 MiB heap: " + stream.output());
        try (Stream<Path> files = Files.list(streamed.resolve("big"))) {
            assertEquals(256, files.count());
        }
        assertEquals(Set.of("big", OutputSet.MANIFEST), tree(streamed).stream()
                .map(p -> p.contains("/") ? p.substring(0, p.indexOf('/')) : p).collect(Collectors.toSet()));

        Path held = Files.createDirectories(sandbox.resolve("held"));
        Child hold = child(held, "hold");
        assertNotEquals(0, hold.exit(), "the control holds every file and must not fit");
        assertTrue(hold.output().contains("OutOfMemoryError"), hold.output());
    }

    private record Child(int exit, String output) {
    }

    private Child child(Path output, String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = sandbox.resolve(mode + ".log");
        Process process = new ProcessBuilder(java, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
                StreamingChild.class.getName(), output.toString(), "256", mode)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the child finishes");
        return new Child(process.exitValue(), Files.readString(log));
    }

    private static Set<String> tree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> !Files.isDirectory(p)).map(p -> root.relativize(p).toString())
                    .collect(Collectors.toSet());
        }
    }

    private static java.util.Map<String, String> contents(Path root) throws IOException {
        java.util.Map<String, String> all = new java.util.TreeMap<>();
        for (String path : tree(root)) {
            all.put(path, Files.readString(root.resolve(path)));
        }
        return all;
    }
}
