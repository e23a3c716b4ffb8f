package dev.obsgen.core.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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

    /** @throws OutputException when the output cannot be written; its message says what was written */
    public WriteReport write(OutputSource output, Path directory) {
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

    private WriteReport write(OutputSource output, OutputFolder folder) {
        Manifest previous = read(folder);
        if (!previous.owner().isEmpty() && !output.owner().isEmpty() && !previous.owner().equals(output.owner())) {
            throw new OutputException(folder.root() + " holds the files of " + previous.owner() + " (its "
                    + OutputSet.MANIFEST + " says so), and this is " + output.owner() + ": each owner writes a folder "
                    + "of its own, and compose writes the platform's with every team's; nothing was written");
        }
        StagingFolder staging;
        try {
            staging = StagingFolder.in(folder.root());
        } catch (IOException e) {
            throw new OutputException("cannot clear " + StagingFolder.NAME + " in " + folder.root() + ": "
                    + IoFailure.reason(e) + "; nothing was written", e);
        }
        Plan plan = new Plan(folder, staging);
        try {
            output.emit(plan);
            plan.finish(output.header());
        } catch (RuntimeException | Error e) {
            discard(staging, folder);
            throw e;
        }
        Progress progress = new Progress(folder.root());
        try {
            Set<String> known = new LinkedHashSet<>(previous.paths());
            known.addAll(plan.claimed.paths());
            known.add(OutputSet.MANIFEST);
            folder.removeTemporaryFiles(known);
            if (!previous.paths().containsAll(plan.listed)) {
                Set<String> journal = new TreeSet<>(previous.paths());
                journal.addAll(plan.listed);
                progress.step(OutputSet.MANIFEST);
                folder.write(OutputSet.MANIFEST, bytes(Manifest.render(output.header(), journal)));
                progress.manifestListsEverything = true;
            }
            List<String> written = new ArrayList<>();
            for (Staged file : plan.toWrite) {
                progress.step(file.path());
                folder.place(file.path(), file.staged());
                written.add(file.path());
                progress.written++;
            }
            staging.discard();
            List<String> removed = new ArrayList<>();
            List<String> warnings = new ArrayList<>(previous.warnings());
            for (String stale : previous.paths()) {
                if (plan.claimed.contains(stale)) {
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
            List<String> unchanged = new ArrayList<>(plan.unchanged);
            progress.step(OutputSet.MANIFEST);
            if (folder.sameRegular(OutputSet.MANIFEST, plan.manifest)) {
                (progress.manifestListsEverything ? written : unchanged).add(OutputSet.MANIFEST);
            } else {
                folder.write(OutputSet.MANIFEST, plan.manifest);
                written.add(OutputSet.MANIFEST);
            }
            return new WriteReport(written, unchanged, plan.kept, removed, warnings);
        } catch (IOException e) {
            discard(staging, folder);
            throw progress.failure(e);
        }
    }

    private static void discard(StagingFolder staging, OutputFolder folder) {
        try {
            staging.discard();
        } catch (IOException | OutputException e) {
            // The next run removes what is left; the failure that brought us here is the one to report.
        }
    }

    private record Staged(String path, Path staged) {
    }

    /**
     * Takes the files as they are rendered: compares each with the disk, checks every path that is to be written and
     * stages its bytes, so that a set that cannot be written whole is not written at all (the message names the
     * element each bad path came from), and no file's bytes stay in memory once it is compared or staged.
     */
    private static final class Plan implements Consumer<GeneratedFile> {
        private final OutputFolder folder;
        private final StagingFolder staging;
        private final ClaimedPaths claimed = new ClaimedPaths();
        private final Map<String, String> byKey = new HashMap<>();
        private final List<String> problems = new ArrayList<>();
        private final List<Staged> toWrite = new ArrayList<>();
        private final List<String> unchanged = new ArrayList<>();
        private final List<String> kept = new ArrayList<>();
        private final List<String> listed = new ArrayList<>();
        private byte[] manifest;

        Plan(OutputFolder folder, StagingFolder staging) {
            this.folder = folder;
            this.staging = staging;
        }

        @Override
        public void accept(GeneratedFile file) {
            claimed.claim(file);
            String path = file.path();
            if (file.kind() == GeneratedFile.Kind.GENERATED) {
                listed.add(path);
            }
            try {
                folder.root().resolve(path);
            } catch (InvalidPathException e) {
                problems.add(OutputFolder.unencodable(file, e));
                return;
            }
            String other = byKey.putIfAbsent(PathNames.collisionKey(path), file.describe());
            if (other != null) {
                // Named in path order, not arrival order, which is the render threads' timing.
                String first = other.compareTo(file.describe()) < 0 ? other : file.describe();
                String second = first.equals(other) ? file.describe() : other;
                problems.add(first + ": differs from " + second + " only in case or Unicode form, and the two are one"
                        + " file on macOS and Windows");
            }
            try {
                if (file.kind() == GeneratedFile.Kind.SEED && folder.exists(path)) {
                    // Kept either way; only a seed that differs from its stub is a person's edit to report.
                    (folder.sameRegular(path, file.content()) ? unchanged : kept).add(path);
                    return;
                }
                if (file.kind() == GeneratedFile.Kind.GENERATED && folder.sameRegular(path, file.content())) {
                    unchanged.add(path);
                    return;
                }
                Optional<String> problem = folder.writeProblem(path);
                if (problem.isPresent()) {
                    problems.add(file.describe() + ": " + problem.get());
                } else if (problems.isEmpty()) {
                    toWrite.add(new Staged(path, stage(file)));
                }
            } catch (IOException e) {
                problems.add(file.describe() + ": " + IoFailure.reason(e));
            }
        }

        // A file that cannot be staged (a full disk) stops the run at once: nothing is in place yet.
        private Path stage(GeneratedFile file) {
            try {
                return staging.stage(file.content());
            } catch (IOException e) {
                throw new OutputException("cannot stage " + file.describe() + " in " + folder.root() + "/"
                        + StagingFolder.NAME + ": " + IoFailure.reason(e) + "; nothing was written", e);
            }
        }

        /** Checks the manifest's own path and puts every list in path order, whatever order the files came in. */
        void finish(String header) {
            Collections.sort(listed);
            manifest = bytes(Manifest.render(header, listed));
            try {
                folder.writeProblem(OutputSet.MANIFEST).ifPresent(p -> problems.add(OutputSet.MANIFEST + ": " + p));
            } catch (IOException e) {
                problems.add(OutputSet.MANIFEST + ": " + IoFailure.reason(e));
            }
            if (!problems.isEmpty()) {
                Collections.sort(problems);
                throw new OutputException("cannot write into " + folder.root() + "; nothing was written:\n  "
                        + String.join("\n  ", problems));
            }
            toWrite.sort(Comparator.comparing(Staged::path));
            Collections.sort(unchanged);
            Collections.sort(kept);
        }
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
