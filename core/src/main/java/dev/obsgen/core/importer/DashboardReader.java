package dev.obsgen.core.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the Grafana dashboards of one file (a dashboard JSON, or a ConfigMap or GrafanaDashboard manifest holding
 * them) into model code. What the model cannot express goes into the element's escape hatch and into the notes.
 */
public interface DashboardReader {
    List<ImportedDashboard> read(Path file, ImportNotes notes) throws IOException;
}
