package dev.obsgen.core.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares rendered files with a directory without writing anything. Seeds only have to exist: people edit them.
 * Files the previous manifest lists but the model no longer renders count as drift too.
 */
public final class DriftCheck {
    public DriftReport compare(OutputSet output, Path directory) {
        List<DriftReport.Difference> differences = new ArrayList<>();
        try {
            for (GeneratedFile file : output.files()) {
                Path target = directory.resolve(file.path());
                if (!Files.exists(target)) {
                    differences.add(new DriftReport.Difference(file.path(), "missing",
                            file.kind() == GeneratedFile.Kind.SEED ? "" : UnifiedDiff.of(file.path(), "", file.text())));
                    continue;
                }
                if (file.kind() == GeneratedFile.Kind.SEED) {
                    continue;
                }
                byte[] onDisk = Files.readAllBytes(target);
                if (!file.sameContent(onDisk)) {
                    differences.add(new DriftReport.Difference(file.path(), "differs",
                            UnifiedDiff.of(file.path(), new String(onDisk, StandardCharsets.UTF_8), file.text())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read generated files in " + directory + ": " + e.getMessage(), e);
        }
        return new DriftReport(differences);
    }
}
