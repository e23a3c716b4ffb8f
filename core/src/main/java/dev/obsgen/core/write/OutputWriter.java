package dev.obsgen.core.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one place that writes generated files. Each file goes to a temporary sibling and is moved over the old one,
 * so a reader never sees half a file; a file whose bytes did not change is not touched; a seed that exists is
 * kept; a file the previous manifest listed and this set does not produce is removed.
 */
public final class OutputWriter {
    public WriteReport write(OutputSet output, Path directory) {
        try {
            Files.createDirectories(directory);
            Set<String> previous = previousManifest(directory);
            List<String> written = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            for (GeneratedFile file : output.files()) {
                Path target = directory.resolve(file.path());
                if (Files.exists(target)) {
                    if (file.kind() == GeneratedFile.Kind.SEED) {
                        kept.add(file.path());
                        continue;
                    }
                    if (file.sameContent(Files.readAllBytes(target))) {
                        unchanged.add(file.path());
                        continue;
                    }
                }
                writeAtomically(target, file.content());
                written.add(file.path());
            }
            List<String> removed = new ArrayList<>();
            for (String stale : previous) {
                if (output.file(stale).isEmpty() && Files.deleteIfExists(directory.resolve(stale))) {
                    removed.add(stale);
                }
            }
            return new WriteReport(written, unchanged, kept, removed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated files into " + directory + ": " + e.getMessage(), e);
        }
    }

    private static Set<String> previousManifest(Path directory) throws IOException {
        Path manifest = directory.resolve(OutputSet.MANIFEST);
        Set<String> paths = new LinkedHashSet<>();
        if (Files.exists(manifest)) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#") && !line.contains("..") && !line.startsWith("/")) {
                    paths.add(line.strip());
                }
            }
        }
        return paths;
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
