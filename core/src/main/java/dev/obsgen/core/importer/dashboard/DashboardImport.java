package dev.obsgen.core.importer.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.obsgen.core.importer.DashboardReader;
import dev.obsgen.core.importer.ImportNotes;
import dev.obsgen.core.importer.ImportedDashboard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the Grafana dashboards of a file into model code: one method per dashboard, named after its uid, building
 * it with the model's builders. Fields the model types are mapped; the others become raw fields where the renderer
 * can add them, and every one of them, and everything that could not be kept, gets a note.
 */
public final class DashboardImport implements DashboardReader {
    @Override
    public List<ImportedDashboard> read(Path file, ImportNotes notes) throws IOException {
        String name = file.toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<ImportedDashboard> out = new ArrayList<>();
        Set<String> methods = new HashSet<>();
        for (DashboardDocuments.Source source : new DashboardDocuments(name, notes).read(text)) {
            JsonNode d = source.dashboard();
            String uid = d.path("uid").asText("");
            if (uid.isBlank()) {
                uid = d.path("title").asText("").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-|-$", "");
                uid = uid.isEmpty() ? "dashboard" : uid.substring(0, Math.min(40, uid.length()));
                notes.add(name, "dashboard '" + d.path("title").asText("") + "'", "no uid; '" + uid
                        + "' derived from the title");
            }
            String method = Identifiers.unique(Identifiers.camel(uid, "dashboard"), methods);
            methods.add(method);
            try {
                out.add(new DashboardCode(new ImportContext(name, uid, notes)).method(d, method));
            } catch (RuntimeException e) {
                throw new IOException(name + (source.where().isEmpty() ? "" : " (" + source.where() + ")")
                        + ": dashboard '" + uid + "' cannot be imported: " + e.getMessage(), e);
            }
        }
        return out;
    }
}
