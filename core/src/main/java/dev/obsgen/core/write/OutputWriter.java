package dev.obsgen.core.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The one place that writes generated files, and the guarantees it keeps:
 * <ul>
 * <li>it writes and removes only inside the output folder: real paths are compared, and no symbolic link is
 * followed out of it;</li>
 * <li>it checks every path before writing anything, and writes nothing when one cannot be created;</li>
 * <li>each file goes to a temporary sibling and is moved over the old one, so a reader never sees half a file; a
 * file whose bytes did not change is not touched; a seed that exists is kept (and reported as edited only when it
 * differs from its stub); files get the process umask's mode;</li>
 * <li>it removes only regular files the previous manifest lists and this set does not produce, and then each folder
 * the removal left empty, up to but never including the output folder, and never a link or a folder reached
 * through one;</li>
 * <li>the manifest lists every file a run may write before the run writes it, and is rewritten last, so a killed
 * run leaves a tree the next run repairs, temporary files included;</li>
 * <li>one writer per folder at a time (a lock file with the pid).</li>
 * </ul>
 */
public final class OutputWriter {
    private final Duration lockPatience;
    private final Consumer<String> notices;

    public OutputWriter() {
        this(Duration.ofMinutes(2), notice -> { });
    }

    /**
     * @param lockPatience how long to wait for another writer of the same folder
     * @param notices      receives one line when the writer has to wait
     */
    public OutputWriter(Duration lockPatience, Consumer<String> notices) {
        this.lockPatience = lockPatience;
        this.notices = notices;
    }

    /** @throws OutputException when the set cannot be written; its message says what was written */
    public WriteReport write(OutputSet output, Path directory) {
        OutputFolder folder = OutputFolder.open(directory);
        OutputLock lock;
        try {
            lock = OutputLock.acquire(folder.root(), lockPatience, notices);
        } catch (IOException e) {
            throw new OutputException("cannot take the lock " + OutputLock.FILE + " in " + folder.root() + ": "
                    + IoFailure.reason(e) + "; nothing was written", e);
        }
        try (lock) {
            return write(output, folder);
        } catch (IOException e) {
            throw new OutputException("cannot release the lock in " + folder.root() + ": " + IoFailure.reason(e), e);
        }
    }

    private WriteReport write(OutputSet output, OutputFolder folder) {
        Manifest previous = read(folder);
        if (!previous.owner().isEmpty() && !output.owner().isEmpty() && !previous.owner().equals(output.owner())) {
            throw new OutputException(folder.root() + " holds the files of " + previous.owner() + " (its "
                    + OutputSet.MANIFEST + " says so), and this is " + output.owner() + ": each owner writes a folder "
                    + "of its own, and compose writes the platform's with every team's; nothing was written");
        }
        Plan plan = plan(output, folder);
        Progress progress = new Progress(folder.root());
        try {
            Set<String> known = new LinkedHashSet<>(previous.paths());
            known.addAll(output.paths());
            folder.removeTemporaryFiles(known);
            if (!previous.paths().containsAll(output.listed())) {
                Set<String> journal = new TreeSet<>(previous.paths());
                journal.addAll(output.listed());
                progress.step(OutputSet.MANIFEST);
                folder.write(OutputSet.MANIFEST, bytes(Manifest.render(output.header(), journal)));
                progress.manifestListsEverything = true;
            }
            List<String> written = new ArrayList<>();
            for (GeneratedFile file : plan.toWrite()) {
                progress.step(file.path());
                folder.write(file.path(), file.content());
                written.add(file.path());
                progress.written++;
            }
            List<String> unchanged = new ArrayList<>(plan.unchanged());
            List<String> removed = new ArrayList<>();
            List<String> warnings = new ArrayList<>(previous.warnings());
            for (String stale : previous.paths()) {
                if (output.file(stale).isPresent()) {
                    continue;
                }
                progress.step(stale);
                OutputFolder.Removal removal = folder.remove(stale);
                if (removal instanceof OutputFolder.Removal.Removed) {
                    removed.add(stale);
                } else if (removal instanceof OutputFolder.Removal.Left left) {
                    warnings.add(stale + " is listed in " + OutputSet.MANIFEST + " but was not removed: " + left.why());
                }
            }
            GeneratedFile manifest = output.file(OutputSet.MANIFEST).orElseThrow();
            progress.step(OutputSet.MANIFEST);
            Optional<byte[]> onDisk = folder.readRegular(OutputSet.MANIFEST);
            if (onDisk.isPresent() && manifest.sameContent(onDisk.get())) {
                (progress.manifestListsEverything ? written : unchanged).add(OutputSet.MANIFEST);
            } else {
                folder.write(OutputSet.MANIFEST, manifest.content());
                written.add(OutputSet.MANIFEST);
            }
            return new WriteReport(written, unchanged, plan.kept(), removed, warnings);
        } catch (IOException e) {
            throw progress.failure(e);
        }
    }

    /** The files to write, and those left as they are, decided before anything is written. */
    private record Plan(List<GeneratedFile> toWrite, List<String> unchanged, List<String> kept) {
    }

    /**
     * Compares every file with the disk and checks every path that is to be written: a set that cannot be written
     * whole is not written at all, and the message names the element each bad path came from.
     */
    private static Plan plan(OutputSet output, OutputFolder folder) {
        List<String> problems = new ArrayList<>();
        Map<String, String> byKey = new HashMap<>();
        List<GeneratedFile> toWrite = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (GeneratedFile file : output.files()) {
            String path = file.path();
            try {
                folder.root().resolve(path);
            } catch (InvalidPathException e) {
                problems.add(OutputFolder.unencodable(file, e));
                continue;
            }
            String other = byKey.putIfAbsent(PathNames.collisionKey(path), path);
            if (other != null) {
                problems.add(file.describe() + ": differs from " + other + " only in case or Unicode form, and the two"
                        + " are one file on macOS and Windows");
            }
            try {
                if (path.equals(OutputSet.MANIFEST)) {
                    // Written twice by design (listing first, final last) and compared at the end.
                    folder.writeProblem(path).ifPresent(p -> problems.add(file.describe() + ": " + p));
                    continue;
                }
                if (file.kind() == GeneratedFile.Kind.SEED && folder.exists(path)) {
                    // Kept either way; only a seed that differs from its stub is a person's edit to report.
                    Optional<byte[]> existing = folder.readRegular(path);
                    (existing.isPresent() && file.sameContent(existing.get()) ? unchanged : kept).add(path);
                    continue;
                }
                if (file.kind() == GeneratedFile.Kind.GENERATED) {
                    Optional<byte[]> existing = folder.readRegular(path);
                    if (existing.isPresent() && file.sameContent(existing.get())) {
                        unchanged.add(path);
                        continue;
                    }
                }
                Optional<String> problem = folder.writeProblem(path);
                if (problem.isPresent()) {
                    problems.add(file.describe() + ": " + problem.get());
                } else {
                    toWrite.add(file);
                }
            } catch (IOException e) {
                problems.add(file.describe() + ": " + IoFailure.reason(e));
            }
        }
        if (!problems.isEmpty()) {
            throw new OutputException("cannot write into " + folder.root() + "; nothing was written:\n  "
                    + String.join("\n  ", problems));
        }
        return new Plan(toWrite, unchanged, kept);
    }

    private static Manifest read(OutputFolder folder) {
        try {
            return Manifest.read(folder.root());
        } catch (IOException e) {
            throw new OutputException("cannot read " + OutputSet.MANIFEST + " in " + folder.root() + ": "
                    + IoFailure.reason(e) + "; nothing was written", e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** What was done when a write fails, so the message can say what is on disk. */
    private static final class Progress {
        private final Path root;
        private String current;
        private int written;
        private boolean manifestListsEverything;

        Progress(Path root) {
            this.root = root;
        }

        void step(String path) {
            current = path;
        }

        OutputException failure(IOException e) {
            String what = current == null ? root.toString() : current;
            String state;
            if (written == 0 && !manifestListsEverything) {
                state = "nothing was written";
            } else {
                state = written + " file" + (written == 1 ? " was" : "s were") + " written before the failure; "
                        + OutputSet.MANIFEST + " lists every file this run writes, so the next run completes or"
                        + " removes them";
            }
            return new OutputException("cannot write " + what + " in " + root + ": " + IoFailure.reason(e) + "; "
                    + state, e);
        }
    }
}
