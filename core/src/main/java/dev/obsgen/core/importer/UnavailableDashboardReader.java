package dev.obsgen.core.importer;

import java.nio.file.Path;
import java.util.List;

/** The dashboard reader of an import that cannot read dashboards: each dashboard file becomes a note. */
public final class UnavailableDashboardReader implements DashboardReader {
    @Override
    public List<ImportedDashboard> read(Path file, ImportNotes notes) {
        notes.add(file.toString().replace('\\', '/'), "file", "dashboard import unavailable; not imported");
        return List.of();
    }
}
