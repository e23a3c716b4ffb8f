package dev.obsgen.core.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Compares rendered files with a directory without writing anything. Seeds only have to exist: people edit them.
 * Files the previous manifest lists but the model no longer renders count as drift too, through the manifest.
 * Files are compared as they are rendered, so only the differences are held.
 */
public final class DriftCheck {
    /** @throws OutputException when a file cannot be read; its message says which and why */
    public DriftReport compare(OutputSource output, Path directory) {
        List<DriftReport.Difference> differences = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        int[] seeds = {0};
        ClaimedPaths claimed = new ClaimedPaths();
        output.emit(file -> {
            claimed.claim(file);
            if (file.kind() == GeneratedFile.Kind.GENERATED) {
                listed.add(file.path());
            } else {
                seeds[0]++;
            }
            compare(file, directory).ifPresent(differences::add);
        });
        GeneratedFile manifest = GeneratedFile.text(OutputSet.MANIFEST, Manifest.render(output.header(), listed));
        compare(manifest, directory).ifPresent(differences::add);
        differences.sort(Comparator.comparing(DriftReport.Difference::path));
        return new DriftReport(differences, listed.size() + seeds[0] + 1);
    }

    private static java.util.Optional<DriftReport.Difference> compare(GeneratedFile file, Path directory) {
        Path target;
        try {
            target = directory.resolve(file.path());
        } catch (InvalidPathException e) {
            throw new OutputException(OutputFolder.unencodable(file, e));
        }
        try {
            BasicFileAttributes attributes = OutputFolder.attributes(target);
            if (attributes == null || attributes.isSymbolicLink() && !Files.exists(target)) {
                return Optional.of(new DriftReport.Difference(file.path(), "missing",
                        file.kind() == GeneratedFile.Kind.SEED ? "" : UnifiedDiff.of(file.path(), "", file.text())));
            }
            if (file.kind() == GeneratedFile.Kind.SEED) {
                return Optional.empty();
            }
            if (Files.isDirectory(target)) {
                return Optional.of(new DriftReport.Difference(file.path(), "is a folder, not a file", ""));
            }
            byte[] onDisk = Files.readAllBytes(target);
            if (!file.sameContent(onDisk)) {
                return Optional.of(new DriftReport.Difference(file.path(), "differs",
                        UnifiedDiff.of(file.path(), new String(onDisk, StandardCharsets.UTF_8), file.text())));
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new OutputException("cannot read " + IoFailure.file(e, target.toString()) + ": "
                    + IoFailure.reason(e), e);
        }
    }
}
