package dev.obsgen.core.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that is killed, or that races another run, leaves a tree the next run repairs to exactly its own files. */
class OutputWriterCrashTest {
    @TempDir
    Path output;

    @Test
    void repairsTheTreeAKilledRunLeft() throws IOException {
        OutputSet a = WriterChild.variant("a", 0);
        OutputSet b = WriterChild.variant("b", 1);
        new OutputWriter().write(a, output);
        // What a run writing b leaves when killed halfway: the journal lists a and b, some of b is written, and
        // temporary files sit beside files of both.
        Set<String> journal = new TreeSet<>(a.paths());
        journal.addAll(b.paths());
        journal.remove(OutputSet.MANIFEST);
        Files.writeString(output.resolve(OutputSet.MANIFEST), Manifest.render("# journal", journal));
        for (GeneratedFile file : b.files().stream().limit(40).toList()) {
            Files.createDirectories(output.resolve(file.path()).getParent());
            Files.write(output.resolve(file.path()), file.content());
        }
        Files.writeString(output.resolve("prometheus/rules/.a-001.yml8237461.tmp"), "half");
        Files.writeString(output.resolve("grafana/dashboards/B/.d-003.json99.tmp"), "half");
        Files.writeString(output.resolve(".obsgen-manifest.txt4.tmp"), "half");
        Files.writeString(output.resolve("prometheus/rules/.notes.tmp"), "a person's file that only looks similar");

        new OutputWriter().write(a, output);

        Set<String> expected = new TreeSet<>(a.paths());
        expected.add("prometheus/rules/.notes.tmp");
        assertTree(expected, "the stale and temporary files of the killed run are gone");
    }

    @Test
    void aKilledRunLeavesATreeTheNextRunRepairs() throws Exception {
        Random random = new Random(20261129);
        int rounds = Integer.getInteger("obsgen.crash.rounds", 10);
        for (int round = 0; round < rounds; round++) {
            Process child = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                    WriterChild.class.getName(), output.toString(), "0")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(400 + random.nextInt(700));
            assertTrue(child.isAlive(), "the child writes until it is killed");
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            OutputSet repair = WriterChild.variant(round % 2 == 0 ? "a" : "b", round);
            new OutputWriter().write(repair, output);
            assertTree(new TreeSet<>(repair.paths()), "after kill " + (round + 1) + " the next run leaves exactly its"
                    + " own files: no stale, temporary or lock file");
        }
    }

    @Test
    void racingWritersLeaveOneWholeTree() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (String name : List.of("a", "b")) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 8; i++) {
                        new OutputWriter().write(WriterChild.variant(name, i), output);
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        Set<String> onDisk = files(output);
        OutputSet a = WriterChild.variant("a", 7);
        OutputSet b = WriterChild.variant("b", 7);
        assertTrue(onDisk.equals(new TreeSet<>(a.paths())) || onDisk.equals(new TreeSet<>(b.paths())),
                "the last writer's tree, whole, and nothing else");
    }

    @Test
    void aSecondWriterWaitsAndThenFailsNamingTheHolder() throws Exception {
        List<String> notices = new CopyOnWriteArrayList<>();
        try (OutputLock held = OutputLock.acquire(output.toRealPath(), Duration.ZERO, n -> { })) {
            OutputException e = assertThrows(OutputException.class, () ->
                    new OutputWriter(Duration.ofMillis(300), notices::add)
                            .write(WriterChild.variant("a", 0), output));
            String pid = "pid " + ProcessHandle.current().pid();
            assertTrue(e.getMessage().contains(pid) && e.getMessage().contains("nothing was written"), e.getMessage());
            assertEquals(1, notices.size());
            assertTrue(notices.get(0).contains("waiting for another obsgen run (" + pid + ")"), notices.toString());
        }
        assertEquals(Set.of(), files(output));
    }

    @Test
    void aSecondWriterProceedsWhenTheFirstIsDone() throws Exception {
        OutputLock held = OutputLock.acquire(output.toRealPath(), Duration.ZERO, n -> { });
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<WriteReport> waiting = pool.submit(() ->
                    new OutputWriter(Duration.ofSeconds(30), n -> { }).write(WriterChild.variant("a", 0), output));
            Thread.sleep(300);
            assertTrue(!waiting.isDone(), "it waits while the lock is held");
            held.close();
            assertEquals(302, waiting.get(30, TimeUnit.SECONDS).written().size());
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertTree(Set<String> expected, String why) throws IOException {
        Set<String> onDisk = files(output);
        Set<String> extra = new TreeSet<>(onDisk);
        extra.removeAll(expected);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(onDisk);
        assertTrue(extra.isEmpty() && missing.isEmpty(), () -> why + "; extra: " + extra + ", missing: " + missing);
    }

    static Set<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !Files.isDirectory(p))
                    .map(p -> root.relativize(p).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
