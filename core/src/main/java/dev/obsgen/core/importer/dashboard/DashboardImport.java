package dev.obsgen.core.importer.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.obsgen.core.importer.DashboardReader;
import dev.obsgen.core.importer.ImportNotes;
import dev.obsgen.core.importer.ImportRefusal;
import dev.obsgen.core.importer.ImportedDashboard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the Grafana dashboards of one import's files into model code: one method per dashboard, named after its uid
 * (unique across all files), building it with the model's builders. Fields the model types are mapped; the others
 * become raw fields where the renderer can add them, and every one of them, and everything that could not be kept,
 * gets a note. A dashboard's folder is the title of the Folder resource its {@code grafana.app/folder} annotation
 * names, in whichever file of the import, or the folder its ConfigMap or GrafanaDashboard names. A dashboard seen
 * again under the same uid, as a generated tree holds it (the dashboard file, its ConfigMap, its manifest), is
 * dropped with a note when it is the same dashboard, and refused when it is not.
 */
public final class DashboardImport implements DashboardReader {
    @Override
    public List<ImportedDashboard> read(Path file, ImportNotes notes) throws IOException {
        Reading reading = new Reading(notes);
        reading.file(file);
        List<Failure> failures = new ArrayList<>();
        List<ImportedDashboard> dashboards = reading.dashboards(failures);
        if (!failures.isEmpty()) {
            throw failures.get(0).cause();
        }
        return dashboards;
    }

    @Override
    public List<ImportedDashboard> read(List<Path> files, ImportNotes notes) {
        Reading reading = new Reading(notes);
        for (Path file : files) {
            try {
                reading.file(file);
            } catch (IOException e) {
                DashboardReader.noteUnreadable(notes, shown(file), e);
            }
        }
        List<Failure> failures = new ArrayList<>();
        List<ImportedDashboard> dashboards = reading.dashboards(failures);
        failures.forEach(f -> DashboardReader.noteUnreadable(notes, f.file(), f.cause()));
        return dashboards;
    }

    private static String shown(Path file) {
        return file.toString().replace('\\', '/');
    }

    /** One dashboard as a file holds it. */
    private record Found(String file, DashboardDocuments.Source source, String uid) {
        String named() {
            return DashboardDocuments.located(file, source.where());
        }
    }

    /** A dashboard that could not be made into model code, and the file it is in. */
    private record Failure(String file, IOException cause) {
    }

    /** The dashboards and Folder titles of the files read so far. */
    private static final class Reading {
        private final ImportNotes notes;
        private final Map<String, String> folderTitles = new TreeMap<>();
        private final Map<String, List<Found>> byUid = new LinkedHashMap<>();

        Reading(ImportNotes notes) {
            this.notes = notes;
        }

        /** Reads the file whole, or nothing of it. */
        void file(Path path) throws IOException {
            String name = shown(path);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            for (DashboardDocuments.Source source : new DashboardDocuments(name, notes, folderTitles).read(text)) {
                Found found = new Found(name, source, uid(name, source.dashboard()));
                byUid.computeIfAbsent(found.uid(), uid -> new ArrayList<>()).add(found);
            }
        }

        private String uid(String file, JsonNode d) {
            String uid = d.path("uid").asText("");
            if (uid.isBlank()) {
                uid = d.path("title").asText("").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-|-$", "");
                uid = uid.isEmpty() ? "dashboard" : uid.substring(0, Math.min(40, uid.length()));
                notes.add(file, "dashboard '" + d.path("title").asText("") + "'", "no uid; '" + uid
                        + "' derived from the title");
            }
            return uid;
        }

        /**
         * One method per uid: the first copy's, when every other copy is the same dashboard. A dashboard the model
         * cannot hold is left out and added to {@code failures}.
         */
        List<ImportedDashboard> dashboards(List<Failure> failures) {
            List<ImportedDashboard> out = new ArrayList<>();
            Set<String> methods = new HashSet<>();
            for (Map.Entry<String, List<Found>> entry : byUid.entrySet()) {
                String uid = entry.getKey();
                List<Found> copies = entry.getValue();
                String method = Identifiers.unique(Identifiers.camel(uid, "dashboard"), methods);
                methods.add(method);
                try {
                    String folder = folder(uid, copies);
                    ImportedDashboard kept = code(copies.get(0), method, folder, notes);
                    sameDashboard(uid, method, folder, kept, copies);
                    out.add(kept);
                } catch (IOException e) {
                    failures.add(new Failure(copies.get(0).file(), e));
                }
            }
            return out;
        }

        /**
         * Every copy after the first is the same dashboard as the first, which was made into {@code kept}, or the import
         * is refused; those copies are dropped. They are compared as the code they give in the one folder they agree
         * on (copies that name different folders are refused by {@link #folder}).
         */
        private void sameDashboard(String uid, String method, String folder, ImportedDashboard kept, List<Found> copies)
                throws IOException {
            Found first = copies.get(0);
            for (Found copy : copies.subList(1, copies.size())) {
                if (!code(copy, method, folder, new ImportNotes()).equals(kept)) {
                    throw new ImportRefusal("dashboard '" + uid + "' is in " + first.named() + " and in "
                            + copy.named() + ", and they differ; import one of the two");
                }
                notes.add(copy.file(), DashboardDocuments.located("dashboard '" + uid + "'", copy.source().where()),
                        "the same dashboard as in " + first.named() + "; this copy is not imported again");
            }
        }

        /** The folder title the copies name; copies that name different folders are refused. */
        private String folder(String uid, List<Found> copies) {
            String folder = "";
            Found namer = null;
            for (Found copy : copies) {
                String title = copy.source().folderTitle();
                String folderUid = copy.source().folderUid();
                if (title.isEmpty() && !folderUid.isEmpty()) {
                    title = folderTitles.getOrDefault(folderUid, "");
                    if (title.isEmpty()) {
                        notes.add(copy.file(), "dashboard '" + uid + "'", "folder uid '" + folderUid + "' is in no"
                                + " Folder resource of this import; the dashboard is imported into the root folder");
                    }
                }
                if (title.isEmpty()) {
                    continue;
                }
                if (namer != null && !title.equals(folder)) {
                    throw new ImportRefusal("dashboard '" + uid + "' is in folder '" + folder + "' in "
                            + namer.named() + " and in folder '" + title + "' in " + copy.named()
                            + "; import one of the two");
                }
                folder = title;
                namer = copy;
            }
            return folder;
        }

        private static ImportedDashboard code(Found found, String method, String folder, ImportNotes notes)
                throws IOException {
            try {
                return new DashboardCode(new ImportContext(found.file(), found.uid(), notes))
                        .method(found.source().dashboard(), method, folder);
            } catch (RuntimeException e) {
                throw new IOException(found.named() + ": dashboard '" + found.uid() + "' cannot be imported: "
                        + e.getMessage(), e);
            }
        }
    }
}
