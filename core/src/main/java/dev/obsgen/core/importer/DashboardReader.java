package dev.obsgen.core.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Grafana dashboards of one file (a dashboard JSON, or a ConfigMap or GrafanaDashboard manifest holding
 * them) into model code. What the model cannot express goes into the element's escape hatch and into the notes.
 */
public interface DashboardReader {
    List<ImportedDashboard> read(Path file, ImportNotes notes) throws IOException;

    /**
     * The dashboard files of one import, read together: a reader that resolves what one file names in another (a
     * folder's title, the same dashboard in two files) does it here. A file that cannot be read is noted and left out.
     *
     * @throws ImportRefusal when the files contradict each other, such as two different dashboards under one uid
     */
    default List<ImportedDashboard> read(List<Path> files, ImportNotes notes) {
        List<ImportedDashboard> out = new ArrayList<>();
        for (Path file : files) {
            try {
                out.addAll(read(file, notes));
            } catch (IOException e) {
                noteUnreadable(notes, file.toString().replace('\\', '/'), e);
            }
        }
        return out;
    }

    /** The note of a file, or of a dashboard in it, that could not be read: it is left out of the import. */
    static void noteUnreadable(ImportNotes notes, String file, IOException e) {
        notes.add(file, "file", "cannot be read: " + e.getMessage() + "; not imported");
    }
}
