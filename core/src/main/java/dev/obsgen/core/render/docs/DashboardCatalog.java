package dev.obsgen.core.render.docs;

import dev.obsgen.core.render.preview.DashboardPreviewRenderer;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The catalog's rows of dashboards, each with the link to its preview, relative to the catalog. */
final class DashboardCatalog {
    private DashboardCatalog() {
    }

    static List<Map<String, Object>> of(Observability model) {
        return model.dashboards().stream().filter(Objects::nonNull).map(DashboardCatalog::entry).toList();
    }

    private static Map<String, Object> entry(Dashboard dashboard) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("title", dashboard.title());
        // Markdown ends an image's text at the first unescaped bracket, and a paragraph at a blank line.
        entry.put("alt", dashboard.title().replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
                .replace("\r", " ").replace("\n", " "));
        entry.put("uid", dashboard.uid());
        entry.put("folder", dashboard.folder().isEmpty() ? "-" : dashboard.folder());
        entry.put("panels", dashboard.allPanels().stream().filter(Objects::nonNull).count());
        entry.put("preview", relative(CatalogRenderer.PATH, DashboardPreviewRenderer.path(dashboard)));
        return entry;
    }

    /** The path of {@code target} as a link in {@code from}; both relative to the same root, with slashes. */
    static String relative(String from, String target) {
        Path folder = Path.of(from).getParent();
        Path link = folder == null ? Path.of(target) : folder.relativize(Path.of(target));
        return link.toString().replace('\\', '/');
    }
}
