package dev.obsgen.core.lint;

import dev.obsgen.core.check.promql.CatalogFile;
import dev.obsgen.core.check.promql.MetadataCatalog;
import dev.obsgen.core.check.promql.MetricCatalog;
import dev.obsgen.core.check.promql.NameCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What lint checks rules against: the series it knows and, from an obsgen catalog, the severities its routing
 * handles. Without a file, names alone; with one, an {@code obsgen-catalog.json} a generation wrote (every check of
 * the model's own rules applies), or a Prometheus metadata response or exposition (types only).
 */
public record LintCatalog(MetricCatalog metrics, Optional<List<String>> routedSeverities) {
    public LintCatalog {
        routedSeverities = routedSeverities.map(List::copyOf);
    }

    public static LintCatalog names() {
        return new LintCatalog(new NameCatalog(), Optional.empty());
    }

    /** Reads the file given to {@code --catalog}; the message of the exception is one line naming the file. */
    public static LintCatalog read(Path file) throws IOException {
        Optional<CatalogFile> generated = CatalogFile.readIfCatalog(file);
        if (generated.isPresent()) {
            return new LintCatalog(generated.get(), generated.get().routedSeverities());
        }
        try {
            return new LintCatalog(MetadataCatalog.read(file), Optional.empty());
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().strip().split("\n", 2)[0];
            throw new IOException(message.contains(file.toString()) ? message : file + ": " + message, e);
        }
    }
}
