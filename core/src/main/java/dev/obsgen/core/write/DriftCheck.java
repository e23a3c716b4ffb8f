package dev.obsgen.core.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares rendered files with a directory without writing anything. Seeds only have to exist: people edit them.
 * Files the previous manifest lists but the model no longer renders count as drift too, through the manifest.
 */
public final class DriftCheck {
    /** @throws OutputException when a file cannot be read; its message says which and why */
    public DriftReport compare(OutputSet output, Path directory) {
        List<DriftReport.Difference> differences = new ArrayList<>();
        for (GeneratedFile file : output.files()) {
            Path target;
            try {
                target = directory.resolve(file.path());
            } catch (InvalidPathException e) {
                throw new OutputException(OutputFolder.unencodable(file, e));
            }
            try {
                BasicFileAttributes attributes = OutputFolder.attributes(target);
                if (attributes == null || attributes.isSymbolicLink() && !Files.exists(target)) {
                    differences.add(new DriftReport.Difference(file.path(), "missing",
                            file.kind() == GeneratedFile.Kind.SEED ? "" : UnifiedDiff.of(file.path(), "", file.text())));
                    continue;
                }
                if (file.kind() == GeneratedFile.Kind.SEED) {
                    continue;
                }
                if (Files.isDirectory(target)) {
                    differences.add(new DriftReport.Difference(file.path(), "is a folder, not a file", ""));
                    continue;
                }
                byte[] onDisk = Files.readAllBytes(target);
                if (!file.sameContent(onDisk)) {
                    differences.add(new DriftReport.Difference(file.path(), "differs",
                            UnifiedDiff.of(file.path(), new String(onDisk, StandardCharsets.UTF_8), file.text())));
                }
            } catch (IOException e) {
                throw new OutputException("cannot read " + IoFailure.file(e, target.toString()) + ": "
                        + IoFailure.reason(e), e);
            }
        }
        return new DriftReport(differences);
    }
}
